using ArchUnitNET.Loader;
using Vetrina.ArchitectureTests.Fixtures.Domain;

namespace Vetrina.ArchitectureTests;

public sealed class LayerTests
{
    [Fact]
    public void Domain_KnowsNeitherAspNetCoreNorEfCore()
    {
        var leaks = LayerRules.DomainLeaks(ModuleMap.Architecture.Types);
        Breaches.AssertNone("DomainLeaks", leaks,
            "A Domain namespace holds rules a reader follows without the web framework or the database: move the mapping to Data/, the HTTP to Features/.");
    }

    [Fact]
    public void DomainRule_FindsADomainTypeThatKnowsEfCore()
    {
        var fixture = new ArchLoader().LoadAssemblies(typeof(LeakyEntity).Assembly).Build();
        var leaks = LayerRules.DomainLeaks(fixture.Types.Where(t => t.Namespace?.FullName == typeof(LeakyEntity).Namespace));

        Assert.Equal([$"{typeof(LeakyEntity).FullName} -> Microsoft.EntityFrameworkCore"], leaks);
    }

    [Fact]
    public void Kernel_ReferencesNoModuleAndNoFramework()
    {
        var kernel = ModuleMap.Assemblies.Single(a => a.GetName().Name == "Vetrina.Kernel");

        Assert.Empty(LayerRules.ForbiddenReferences("Vetrina.Kernel", kernel.GetReferencedAssemblies().Select(r => r.Name!)));
    }

    [Fact]
    public void KernelRule_FindsAReferenceToAModule() =>
        Assert.Equal(["Vetrina.Orders"], LayerRules.ForbiddenReferences("Vetrina.Kernel", ["System.Runtime", "Vetrina.Orders"]));
}
