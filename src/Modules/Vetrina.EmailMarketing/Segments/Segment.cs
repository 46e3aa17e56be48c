namespace Vetrina.EmailMarketing.Segments;

/// <summary>A saved set of rules; who is in it is worked out each time it is counted or sent to, so it is always current.</summary>
internal sealed class Segment
{
    private Segment()
    {
        Name = null!;
        Definition = null!;
    }

    public Segment(string name, IReadOnlyList<SegmentCondition> conditions, DateTimeOffset at)
    {
        Name = name;
        Definition = SegmentCondition.Serialize(conditions);
        CreatedAt = at;
        UpdatedAt = at;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The rules as JSON (<see cref="SegmentCondition"/>).</summary>
    public string Definition { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<SegmentCondition> Conditions => SegmentCondition.Deserialize(Definition);

    public void Change(string name, IReadOnlyList<SegmentCondition> conditions, DateTimeOffset at)
    {
        Name = name;
        Definition = SegmentCondition.Serialize(conditions);
        UpdatedAt = at;
    }
}
