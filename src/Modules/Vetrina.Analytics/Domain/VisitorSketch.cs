using System.Buffers.Binary;
using System.IO.Hashing;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Vetrina.Analytics.Domain;

/// <summary>
/// The distinct visitors of a rollup row, mergeable across rows, so that users over any period and filters are distinct
/// people (GA4's count), not the sum of each day's and slice's. Visitors are kept as 32-bit fingerprints: exactly (a set)
/// up to <see cref="ExactLimit"/> distinct ones, beyond that as a HyperLogLog of 2^16 registers (standard error
/// 1.04/√65536 = 0.41%), read with Ertl's improved estimator (arXiv:1702.01284), which needs no bias tables.
/// Stored form: 1 then big-endian fingerprints (a set), or 2 then the registers; a row is stored as registers once its
/// set would be larger than they are.
/// </summary>
internal sealed class VisitorSketch
{
    /// <summary>
    /// Beyond this many distinct visitors the count is an estimate. Below it the count falls short only by visitors who
    /// share a fingerprint: about n²/2³³ of them, so none expected under 10,000 and one at 100,000.
    /// </summary>
    public const int ExactLimit = 100_000;

    public const double StandardError = 0.0041;

    private const int Precision = 16;
    private const int RegisterCount = 1 << Precision;
    private const int RankBits = 32 - Precision;
    private const int StoredSetLimit = RegisterCount / sizeof(uint);
    private const byte SetForm = 1;
    private const byte RegisterForm = 2;

    private List<uint>? fingerprints = [];
    private int sorted;
    private byte[]? registers;
    private long uncounted;

    /// <summary>Whether <see cref="Count"/> is an estimate: past the exact limit, or summed from rows kept before distinct counting.</summary>
    public bool Estimated => registers is not null || uncounted > 0;

    public long Count
    {
        get
        {
            Compact();
            return uncounted + (registers is null ? fingerprints!.Count : (long)Math.Round(Estimate(registers)));
        }
    }

    public static byte[] Of(IEnumerable<Guid> visitors)
    {
        var sketch = new VisitorSketch();
        foreach (var visitor in visitors)
        {
            sketch.Add(visitor);
        }

        return sketch.ToBytes();
    }

    public void Add(Guid visitor)
    {
        var fingerprint = Fingerprint(visitor);
        if (registers is null)
        {
            fingerprints!.Add(fingerprint);
            CompactWhenLarge();
        }
        else
        {
            Register(registers, fingerprint);
        }
    }

    /// <summary>Merges a stored sketch; a row kept without one (before distinct counting) adds its own count, as an estimate.</summary>
    public void Add(byte[]? stored, int countWithoutSketch)
    {
        if (stored is null || stored.Length == 0)
        {
            uncounted += countWithoutSketch;
            return;
        }

        if (stored[0] == RegisterForm)
        {
            var other = stored.AsSpan(1);
            var mine = ToRegisters();
            for (var i = 0; i < RegisterCount; i++)
            {
                mine[i] = Math.Max(mine[i], other[i]);
            }

            return;
        }

        for (var at = 1; at + sizeof(uint) <= stored.Length; at += sizeof(uint))
        {
            var fingerprint = BinaryPrimitives.ReadUInt32BigEndian(stored.AsSpan(at));
            if (registers is null)
            {
                fingerprints!.Add(fingerprint);
            }
            else
            {
                Register(registers, fingerprint);
            }
        }

        CompactWhenLarge();
    }

    public void Add(VisitorSketch other)
    {
        uncounted += other.uncounted;
        if (other.registers is not null)
        {
            var mine = ToRegisters();
            for (var i = 0; i < RegisterCount; i++)
            {
                mine[i] = Math.Max(mine[i], other.registers[i]);
            }
        }
        else if (registers is null)
        {
            fingerprints!.AddRange(other.fingerprints!);
            CompactWhenLarge();
        }
        else
        {
            foreach (var fingerprint in other.fingerprints!)
            {
                Register(registers, fingerprint);
            }
        }
    }

    public byte[] ToBytes()
    {
        Compact();
        if (registers is null && fingerprints!.Count <= StoredSetLimit)
        {
            var bytes = new byte[1 + (fingerprints.Count * sizeof(uint))];
            bytes[0] = SetForm;
            for (var i = 0; i < fingerprints.Count; i++)
            {
                BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(1 + (i * sizeof(uint))), fingerprints[i]);
            }

            return bytes;
        }

        return [RegisterForm, .. ToRegisters()];
    }

    private static uint Fingerprint(Guid visitor)
    {
        Span<byte> bytes = stackalloc byte[16];
        MemoryMarshal.Write(bytes, in visitor);
        return (uint)(XxHash3.HashToUInt64(bytes) >> 32);
    }

    /// <summary>The first 16 bits pick the register; it keeps the longest run of leading zeros (plus one) of the other 16.</summary>
    private static void Register(byte[] registers, uint fingerprint)
    {
        var index = fingerprint >> RankBits;
        var rank = (byte)(BitOperations.LeadingZeroCount((fingerprint << Precision) | (1u << (Precision - 1))) + 1);
        if (rank > registers[index])
        {
            registers[index] = rank;
        }
    }

    private byte[] ToRegisters()
    {
        if (registers is null)
        {
            registers = new byte[RegisterCount];
            foreach (var fingerprint in fingerprints!)
            {
                Register(registers, fingerprint);
            }

            fingerprints = null;
        }

        return registers;
    }

    private void CompactWhenLarge()
    {
        if (registers is null && fingerprints!.Count - sorted > ExactLimit)
        {
            Compact();
        }
    }

    private void Compact()
    {
        if (registers is not null || sorted == fingerprints!.Count)
        {
            return;
        }

        fingerprints.Sort();
        var unique = 0;
        for (var i = 0; i < fingerprints.Count; i++)
        {
            if (i == 0 || fingerprints[i] != fingerprints[unique - 1])
            {
                fingerprints[unique++] = fingerprints[i];
            }
        }

        fingerprints.RemoveRange(unique, fingerprints.Count - unique);
        sorted = unique;
        if (unique > ExactLimit)
        {
            ToRegisters();
        }
    }

    /// <summary>Ertl's improved raw estimator over the histogram of register values.</summary>
    private static double Estimate(byte[] registers)
    {
        var histogram = new int[RankBits + 2];
        foreach (var value in registers)
        {
            histogram[value]++;
        }

        double m = RegisterCount;
        var z = m * Tau(1 - (histogram[RankBits + 1] / m));
        for (var k = RankBits; k >= 1; k--)
        {
            z = 0.5 * (z + histogram[k]);
        }

        z += m * Sigma(histogram[0] / m);
        return m * m / (2 * Math.Log(2) * z);
    }

    private static double Sigma(double x)
    {
        if (x == 1)
        {
            return double.PositiveInfinity;
        }

        double y = 1, z = x, previous;
        do
        {
            x *= x;
            previous = z;
            z += x * y;
            y += y;
        }
        while (z != previous);
        return z;
    }

    private static double Tau(double x)
    {
        if (x is 0 or 1)
        {
            return 0;
        }

        double y = 1, z = 1 - x, previous;
        do
        {
            x = Math.Sqrt(x);
            previous = z;
            y *= 0.5;
            z -= Math.Pow(1 - x, 2) * y;
        }
        while (z != previous);
        return z / 3;
    }
}
