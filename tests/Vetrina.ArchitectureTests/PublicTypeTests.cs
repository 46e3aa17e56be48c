using Vetrina.ArchitectureTests.Fixtures;

namespace Vetrina.ArchitectureTests;

public sealed class PublicTypeTests
{
    [Fact]
    public void Modules_MakePublic_OnlyTheirContractsAndEntryPoint()
    {
        var breaches = ModuleMap.Assemblies
            .Select(a => (Assembly: a, Owner: ModuleMap.OwnerOf(a.GetName().Name)))
            .Where(a => ModuleMap.IsModule(a.Owner))
            .SelectMany(a => PublicTypeRule.Breaches(a.Assembly, a.Owner!))
            .ToHashSet(StringComparer.Ordinal);
        Breaches.AssertNone("PublicTypes", breaches,
            "Only a module's Contracts namespace and its <Module>Module class are public: make the type internal, or move what others need into Contracts.");
    }

    [Fact]
    public void PublicTypeRule_FindsAPublicTypeOutsideContracts()
    {
        var breaches = PublicTypeRule.Breaches(typeof(PublicOutsideContracts).Assembly, "ArchitectureTests");

        Assert.Contains(typeof(PublicOutsideContracts).FullName!, breaches);
        Assert.DoesNotContain(typeof(Contracts.OfferedToOtherModules).FullName!, breaches);
    }
}
