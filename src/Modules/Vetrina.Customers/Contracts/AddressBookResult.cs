using Vetrina.Kernel.Addresses;

namespace Vetrina.Customers.Contracts;

public enum AddressBookOutcome
{
    Saved,
    Invalid,
    NotFound,
    Full,
}

public sealed record AddressBookResult(AddressBookOutcome Outcome, IReadOnlyList<AddressError> Errors);
