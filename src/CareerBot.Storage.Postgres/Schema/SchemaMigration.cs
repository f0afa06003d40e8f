namespace CareerBot.Storage.Postgres.Schema;

/// <summary>One versioned SQL file of the schema (<c>Migrations/0001_initial.sql</c> is version 1, named "initial").</summary>
internal sealed record SchemaMigration(int Version, string Name, string Sql);
