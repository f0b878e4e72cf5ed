using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Pilotis.Data.Sqlite.ModeleCompile;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Plateforme;

/// <summary>
/// The command line starts with the compiled EF model of SQLite (ADR 0018): it must describe the same tables, columns
/// and indexes as the model built from the configurations, or a model change was made without regenerating it
/// (`dotnet tool run dotnet-ef dbcontext optimize --project src/Pilotis.Data.Sqlite --startup-project
/// src/Pilotis.Data.Sqlite -o ModeleCompile -n Pilotis.Data.Sqlite.ModeleCompile`).
/// </summary>
[Collection(Fournisseurs.Sqlite)]
public sealed class ModeleCompileTests(SqliteFactory app)
{
    [Fact]
    public async Task Le_modele_compile_decrit_le_meme_schema_que_le_modele_construit()
    {
        var construit = await app.ExecuterAsync(db => Task.FromResult(Schema(db.Model)));
        var compile = Schema(PilotisDbContextModel.Instance);
        Assert.Contains("Demandes.Empreinte:Int64?", construit);
        Assert.Equal(construit.Except(compile).ToList(), compile.Except(construit).ToList());
        Assert.Equal(construit, compile);
    }

    private static string Type(Type t) => (Nullable.GetUnderlyingType(t) ?? t).Name;

    private static List<string> Schema(IModel modele) =>
        modele
            .GetEntityTypes()
            .SelectMany(e =>
                e.GetProperties()
                    .Select(p => $"{e.GetTableName()}.{p.GetColumnName()}:{Type(p.ClrType)}{(p.IsNullable ? "?" : "")}")
                    .Concat(
                        e.GetIndexes()
                            .Select(i =>
                                $"{e.GetTableName()} index ({string.Join(", ", i.Properties.Select(p => p.Name))})"
                                + (i.IsUnique ? " unique" : "")
                            )
                    )
            )
            .Order(StringComparer.Ordinal)
            .ToList();
}
