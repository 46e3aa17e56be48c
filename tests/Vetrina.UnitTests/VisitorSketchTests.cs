using Vetrina.Analytics.Domain;

namespace Vetrina.UnitTests;

public sealed class VisitorSketchTests
{
    [Fact]
    public void SmallSets_AreCountedExactly_AcrossMergedRows()
    {
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var sketch = new VisitorSketch();

        sketch.Add(VisitorSketch.Of([a, b]), 2);
        sketch.Add(VisitorSketch.Of([b, c]), 2);
        sketch.Add(VisitorSketch.Of([]), 0);

        Assert.Equal(3, sketch.Count);
        Assert.False(sketch.Estimated);
    }

    [Fact]
    public void ARowStoredWithoutVisitors_AddsItsCount_AndMarksTheResultEstimated()
    {
        var sketch = new VisitorSketch();

        sketch.Add(VisitorSketch.Of([Guid.NewGuid()]), 1);
        sketch.Add(null, 5);

        Assert.Equal(6, sketch.Count);
        Assert.True(sketch.Estimated);
    }

    [Fact]
    public void UpToTheExactLimit_TheCountIsExact_EvenFromManyOverlappingRows()
    {
        var visitors = People(60_000, seed: 1);
        var sketch = new VisitorSketch();

        // Rows of 12,000 (stored as sets) with every visitor in two of them: 0–11,999, 6,000–17,999...
        for (var start = 0; start < 60_000; start += 6_000)
        {
            sketch.Add(VisitorSketch.Of(visitors.Skip(start).Take(12_000)), 12_000);
        }

        // Exact but for fingerprints shared by two visitors: about 60,000² ÷ 2³³ ≈ 0.4 expected.
        Assert.InRange(sketch.Count, 59_998, 60_000);
        Assert.False(sketch.Estimated);
    }

    [Theory]
    [InlineData(150_000, 2)]
    [InlineData(1_000_000, 3)]
    [InlineData(5_000_000, 4)]
    public void LargeSets_AreEstimatedWithin1Percent(int people, int seed)
    {
        var visitors = People(people, seed);
        var sketch = new VisitorSketch();

        // Rows of 20,000 (stored as registers) with every visitor in two of them, as a visitor of two channels is.
        for (var start = 0; start < people; start += 10_000)
        {
            sketch.Add(VisitorSketch.Of(visitors.Skip(start).Take(20_000)), 20_000);
        }

        Assert.True(sketch.Estimated);
        Assert.InRange(sketch.Count, people * 0.99, people * 1.01);
    }

    [Fact]
    public void StoredRows_StayAsSmallAsTheirVisitors_AndNeverLargerThanTheRegisters()
    {
        Assert.Equal(1 + (4 * 100), VisitorSketch.Of(People(100, seed: 5)).Length);
        Assert.Equal(1 + 65_536, VisitorSketch.Of(People(50_000, seed: 6)).Length);
    }

    private static List<Guid> People(int count, int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[16];
        var people = new List<Guid>(count);
        for (var i = 0; i < count; i++)
        {
            random.NextBytes(bytes);
            people.Add(new Guid(bytes));
        }

        return people;
    }
}
