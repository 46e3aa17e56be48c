using System.Net.Mail;
using Vetrina.Helpdesk.Contracts;

namespace Vetrina.Helpdesk.Domain;

/// <summary>What a ticket's fields may hold.</summary>
internal static class TicketRules
{
    public const int MaxText = 10_000;
    public const int MaxName = 200;
    public const int MaxEmail = 254;
    public const int MaxOrderNumber = 32;

    public static Dictionary<string, ContactProblem> Check(ContactRequest request)
    {
        var problems = new Dictionary<string, ContactProblem>();
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            problems["Name"] = ContactProblem.Required;
        }
        else if (request.Name.Trim().Length > MaxName)
        {
            problems["Name"] = ContactProblem.TooLong;
        }

        if (string.IsNullOrWhiteSpace(request.Email))
        {
            problems["Email"] = ContactProblem.Required;
        }
        else if (request.Email.Trim().Length > MaxEmail || !MailAddress.TryCreate(request.Email.Trim(), out var address) || address.Address != request.Email.Trim()
            || !address.Host.Contains('.', StringComparison.Ordinal))
        {
            problems["Email"] = ContactProblem.NotAnEmail;
        }

        if (request.OrderNumber?.Trim().Length > MaxOrderNumber)
        {
            problems["OrderNumber"] = ContactProblem.TooLong;
        }

        if (string.IsNullOrWhiteSpace(request.Message))
        {
            problems["Message"] = ContactProblem.Required;
        }
        else if (request.Message.Trim().Length > MaxText)
        {
            problems["Message"] = ContactProblem.TooLong;
        }

        return problems;
    }
}
