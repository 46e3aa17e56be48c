using ArchUnitNET.Loader;
using Vetrina.ArchitectureTests.Fixtures;

namespace Vetrina.ArchitectureTests;

public sealed class ModuleWallTests
{
    private const string Advice = "A module reaches another only through its Contracts namespace (queries, commands, integration events): "
        + "add what you need to the other module's Contracts, or react to one of its events.";

    [Fact]
    public void Modules_UseEachOther_OnlyThroughContracts()
    {
        var breaches = WallRule.Breaches(ModuleMap.Architecture.Types, ModuleMap.OwnerOf);
        Breaches.AssertNone("ModuleWalls", breaches, Advice);
    }

    [Fact]
    public void Modules_QueryOnlyTheirOwnTables()
    {
        var places = ModuleMap.Assemblies.SelectMany(a => ForeignTableRule.Places(a.Location, ModuleMap.OwnerOf)).ToHashSet(StringComparer.Ordinal);
        Breaches.AssertNone("ForeignTables", places,
            "A module never reads or writes another module's entities: ask that module's Contracts, or keep your own copy fed by its events.");
    }

    [Fact]
    public void WallRule_FindsAForbiddenReference()
    {
        var fixture = new ArchLoader().LoadAssemblies(typeof(ReachesIntoInventory).Assembly).Build();
        var breaches = WallRule.Breaches(fixture.Types.Where(t => t.FullName == typeof(ReachesIntoInventory).FullName),
            type => type.FullName == typeof(ReachesIntoInventory).FullName ? "Orders" : ModuleMap.OwnerOf(type));

        Assert.Equal([$"{typeof(ReachesIntoInventory).FullName} -> Inventory"], breaches);
    }

    [Fact]
    public void ForeignTableRule_FindsAQueryOnAnotherModulesTable()
    {
        var places = ForeignTableRule.Places(typeof(ReachesIntoInventory).Assembly.Location,
            name => name == typeof(ReachesIntoInventory).Assembly.GetName().Name ? "Orders" : ModuleMap.OwnerOf(name));

        Assert.Equal([$"{typeof(ReachesIntoInventory).FullName}: Set<StockLevel> (Inventory)"], places);
    }
}
