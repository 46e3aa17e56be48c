namespace Vetrina.EmailMarketing.Contacts;

/// <summary>How far a sync has read a growing table (the last id taken), so that each run reads only what is new.</summary>
internal sealed class SyncMark(string name, long lastId)
{
    public string Name { get; private set; } = name;

    public long LastId { get; set; } = lastId;
}
