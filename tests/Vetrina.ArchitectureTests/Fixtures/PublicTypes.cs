namespace Vetrina.ArchitectureTests.Fixtures
{
    /// <summary>A public type outside a Contracts namespace: the public-type rule must name it.</summary>
    public sealed class PublicOutsideContracts;
}

namespace Vetrina.ArchitectureTests.Contracts
{
    /// <summary>A public type in a Contracts namespace: the public-type rule must leave it alone.</summary>
    public sealed record OfferedToOtherModules;
}
