using Microsoft.EntityFrameworkCore;

namespace Vetrina.ArchitectureTests.Fixtures.Domain;

/// <summary>A domain type that knows its database: the layer rule must refuse it.</summary>
internal sealed class LeakyEntity
{
    public DbContext? Context { get; set; }
}
