using Vetrina.Helpdesk.Contracts;

namespace Vetrina.Helpdesk.Domain;

/// <summary>
/// A customer's question and everything said about it. The <see cref="Token"/> goes in the reply address of every email
/// the ticket sends ("support+token@…"), so a reply finds its ticket without trusting a number in a subject.
/// </summary>
internal sealed class Ticket
{
    public const int MinScore = 1;
    public const int MaxScore = 5;
    public const int MaxComment = 2_000;
    public const int MaxTags = 10;
    public const int MaxTag = 32;

    private readonly List<TicketMessage> messages = [];

    private Ticket()
    {
        Key = null!;
        Token = null!;
        Email = null!;
        Name = null!;
        Language = null!;
        Market = null!;
        Tags = "";
    }

    public Ticket(string key, string token, string email, string name, string? customerId, string language, string market, TicketTopic topic,
        TicketChannel channel, string? orderNumber, DateTimeOffset at)
    {
        Market = market;
        Tags = "";
        Key = key;
        Token = token;
        Email = email;
        Name = name;
        CustomerId = customerId;
        Language = language;
        Topic = topic;
        Channel = channel;
        OrderNumber = orderNumber;
        CreatedAt = at;
        UpdatedAt = at;
        Status = TicketStatus.New;
        Priority = TicketPriority.Normal;
    }

    public long Id { get; private set; }

    /// <summary>The opening form's one-time token.</summary>
    public string Key { get; private set; }

    public string Token { get; private set; }

    public string Email { get; private set; }

    public string Name { get; private set; }

    public string? CustomerId { get; private set; }

    public string Language { get; private set; }

    /// <summary>The market whose service hours and holidays its clock runs on.</summary>
    public string Market { get; private set; }

    public TicketTopic Topic { get; private set; }

    public TicketChannel Channel { get; private set; }

    public string? OrderNumber { get; private set; }

    public TicketStatus Status { get; private set; }

    public TicketPriority Priority { get; private set; }

    /// <summary>The staff member (their sign-in email) who has it.</summary>
    public string? Assignee { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When an agent first answered the customer (notes do not count).</summary>
    public DateTimeOffset? FirstResponseAt { get; private set; }

    public DateTimeOffset? SolvedAt { get; private set; }

    /// <summary>Labels agents give it ("vip", "damaged"), stored as ",vip,damaged," so one can be matched whole.</summary>
    public string Tags { get; private set; }

    public IReadOnlyList<string> TagList => Tags.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The ticket this one was merged into: its messages are there, and mail to this one's address goes there.</summary>
    public long? MergedIntoId { get; private set; }

    /// <summary>The next service target's deadline (first answer, then solving); none while it waits on the customer or once solved.</summary>
    public DateTimeOffset? DueAt { get; private set; }

    /// <summary>Since when the clock is stopped because the ticket waits on the customer.</summary>
    public DateTimeOffset? SlaPausedAt { get; private set; }

    /// <summary>Working time spent waiting on the customer so far, in seconds: it counts toward no target.</summary>
    public long SlaPausedSeconds { get; private set; }

    /// <summary>Working time until the first answer, in seconds, once answered.</summary>
    public long? FirstResponseSeconds { get; private set; }

    /// <summary>Working time until solved, less the time waiting on the customer, in seconds, while solved.</summary>
    public long? ResolutionSeconds { get; private set; }

    /// <summary>The targets of its priority when last measured, in working seconds.</summary>
    public long FirstResponseTargetSeconds { get; private set; }

    public long ResolutionTargetSeconds { get; private set; }

    /// <summary>When the customer was asked how satisfied they are (once, on the first solve).</summary>
    public DateTimeOffset? SurveyedAt { get; private set; }

    /// <summary>The customer's answer, 1 (very dissatisfied) to 5 (very satisfied); the latest counts.</summary>
    public int? Satisfaction { get; private set; }

    public string? SatisfactionComment { get; private set; }

    public DateTimeOffset? RatedAt { get; private set; }

    /// <summary>Changes with every change: two agents acting at once cannot both win.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<TicketMessage> Messages => messages;

    public string Number => Format(Id);

    public static string Format(long id) => $"T-{id + 1000}";

    public static bool TryRead(string? number, out long id)
    {
        id = 0;
        return number is not null && number.StartsWith("T-", StringComparison.OrdinalIgnoreCase) && long.TryParse(number[2..], out var shown) && shown > 1000
            && (id = shown - 1000) > 0;
    }

    public TicketMessage Add(MessageAuthor author, string authorName, string text, DateTimeOffset at)
    {
        var message = new TicketMessage(author, authorName, text, at);
        messages.Add(message);
        Touch(at);
        return message;
    }

    /// <summary>An agent's answer: the first one stops the first-response clock; the ticket then waits on the customer unless told otherwise.</summary>
    public TicketMessage Reply(string agent, string text, TicketStatus then, DateTimeOffset at)
    {
        FirstResponseAt ??= at;
        Assignee ??= agent;
        var message = Add(MessageAuthor.Agent, agent, text, at);
        MoveTo(then, at);
        return message;
    }

    /// <summary>The customer wrote again: back with the shop (a solved ticket reopens).</summary>
    public void CustomerWrote(DateTimeOffset at)
    {
        if (Status is TicketStatus.PendingCustomer or TicketStatus.Solved or TicketStatus.OnHold)
        {
            MoveTo(TicketStatus.Open, at);
        }
    }

    public void MoveTo(TicketStatus status, DateTimeOffset at)
    {
        if (status == TicketStatus.New && Status != TicketStatus.New)
        {
            throw new InvalidOperationException("A ticket that was answered or worked on is no longer new.");
        }

        SolvedAt = status is TicketStatus.Solved or TicketStatus.Closed ? SolvedAt ?? at : null;
        Status = status;
        Touch(at);
    }

    public void Assign(string? assignee, DateTimeOffset at)
    {
        Assignee = assignee;
        Touch(at);
    }

    /// <summary>Sets the tags: lower case, letters, digits and hyphens; at most <see cref="MaxTags"/> of <see cref="MaxTag"/> characters.</summary>
    public void Tag(IEnumerable<string> tags, DateTimeOffset at)
    {
        var clean = tags.Select(CleanTag).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(MaxTags).ToList();
        var joined = clean.Count == 0 ? "" : $",{string.Join(',', clean)},";
        if (joined != Tags)
        {
            Tags = joined;
            Touch(at);
        }
    }

    public static string CleanTag(string tag)
    {
        var kept = new string([.. tag.Trim().ToLowerInvariant().Select(c => char.IsWhiteSpace(c) ? '-' : c).Where(c => char.IsLetterOrDigit(c) || c == '-')]).Trim('-');
        return kept.Length > MaxTag ? kept[..MaxTag] : kept;
    }

    /// <summary>
    /// Moves every message of this ticket to <paramref name="target"/> (one customer asked twice) and closes this one
    /// pointing there; both keep a note of it.
    /// </summary>
    public void MergeInto(Ticket target, string agent, DateTimeOffset at)
    {
        if (target.Id == Id || MergedIntoId is not null || target.MergedIntoId is not null)
        {
            throw new InvalidOperationException("A ticket merges once, into another ticket not merged itself.");
        }

        foreach (var message in messages.ToList())
        {
            message.MoveTo(target.Id);
        }

        target.Add(MessageAuthor.Note, agent, $"Merged {Number} into this ticket.", at);
        target.Tag([.. target.TagList, .. TagList], at);
        MergedIntoId = target.Id;
        Add(MessageAuthor.Note, agent, $"Merged into {target.Number}.", at);
        MoveTo(TicketStatus.Closed, at);
    }

    public void Prioritise(TicketPriority priority, DateTimeOffset at)
    {
        Priority = priority;
        Touch(at);
    }

    /// <summary>Whether the customer is to be asked for their satisfaction now: solved, and never asked before.</summary>
    public bool Survey(DateTimeOffset at)
    {
        if (Status != TicketStatus.Solved || SurveyedAt is not null)
        {
            return false;
        }

        SurveyedAt = at;
        return true;
    }

    /// <summary>The customer's rating; not a change agents must read first, so the version stays.</summary>
    public void Rate(int score, string? comment, DateTimeOffset at)
    {
        if (score is < MinScore or > MaxScore)
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, $"A satisfaction score is {MinScore} to {MaxScore}.");
        }

        Satisfaction = score;
        SatisfactionComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        RatedAt = at;
    }

    /// <summary>
    /// Runs the service clock up to <paramref name="at"/>, after any change: it stops while the ticket waits on the
    /// customer (that working time extends every deadline), records the first answer's and the resolution's working
    /// time, and sets the next deadline.
    /// </summary>
    public void Measure(SlaTerms terms, DateTimeOffset at)
    {
        FirstResponseTargetSeconds = (long)terms.FirstResponse.TotalSeconds;
        ResolutionTargetSeconds = (long)terms.Resolution.TotalSeconds;
        var waiting = Status == TicketStatus.PendingCustomer;
        if (SlaPausedAt is { } since && !waiting)
        {
            SlaPausedSeconds += (long)terms.Hours.Between(since, at).TotalSeconds;
            SlaPausedAt = null;
        }
        else if (waiting && SlaPausedAt is null)
        {
            SlaPausedAt = at;
        }

        long Worked(DateTimeOffset until) => Math.Max(0, (long)(terms.Hours.Between(CreatedAt, until) - terms.Hours.Between(SlaPausedAt ?? until, until)).TotalSeconds
            - SlaPausedSeconds);
        FirstResponseSeconds ??= FirstResponseAt is { } answered ? Worked(answered) : null;
        ResolutionSeconds = SolvedAt is { } solved ? Worked(solved) : null;
        DueAt = SolvedAt is not null || waiting ? null
            : terms.Hours.Add(CreatedAt, TimeSpan.FromSeconds((FirstResponseAt is null ? FirstResponseTargetSeconds : ResolutionTargetSeconds) + SlaPausedSeconds));
    }

    private void Touch(DateTimeOffset at)
    {
        UpdatedAt = at;
        Version++;
    }
}
