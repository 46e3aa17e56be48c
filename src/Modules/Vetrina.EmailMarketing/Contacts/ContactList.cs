namespace Vetrina.EmailMarketing.Contacts;

/// <summary>A named list contacts join by a form or an import ("Newsletter", "VIP preview").</summary>
internal sealed class ContactList
{
    private ContactList()
    {
        Name = null!;
    }

    public ContactList(string name, DateTimeOffset at)
    {
        Name = name;
        CreatedAt = at;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}

internal sealed class ListMember
{
    private ListMember()
    {
    }

    public ListMember(int listId, long contactId, DateTimeOffset at)
    {
        ListId = listId;
        ContactId = contactId;
        AddedAt = at;
    }

    public int ListId { get; private set; }

    public long ContactId { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }
}
