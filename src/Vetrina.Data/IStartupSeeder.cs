namespace Vetrina.Data;

/// <summary>Something a module must find in the database before serving, e.g. the first admin account.</summary>
public interface IStartupSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
