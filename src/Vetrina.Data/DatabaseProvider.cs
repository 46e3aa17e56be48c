namespace Vetrina.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
