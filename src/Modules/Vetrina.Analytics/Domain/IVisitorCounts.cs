namespace Vetrina.Analytics.Domain;

/// <summary>A rollup row's distinct visitors and buyers: counted, and kept as <see cref="VisitorSketch"/>es to merge with other rows'.</summary>
internal interface IVisitorCounts
{
    int Users { get; set; }

    int PurchaseUsers { get; set; }

    /// <summary>Null on rows built before distinct counting.</summary>
    byte[]? Visitors { get; set; }

    byte[]? Buyers { get; set; }
}
