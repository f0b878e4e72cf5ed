using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Demande;
using Pilotis.Domain.Demande;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Sru;

namespace Pilotis.Web.Tests.Demande;

/// <summary>
/// Les agrégats passés en SQL (ADR 0019) donnent les mêmes chiffres qu'avant sur le Gard de démonstration : totaux du
/// registre (une requête au lieu de quatre) comparés aux demandes lues une à une, seuils des quartiles de tous les
/// EPCI en une requête comparés au calcul EPCI par EPCI.
/// </summary>
public abstract partial class AgregatsDemandeTests(PilotisFactory app)
{
    private const string Ddtm = "ddtm@demo.pilotis.fr";

    [GeneratedRegex(@"(\d+)demandes?,(\d+)personnes?,dont(\d+)DALOet(\d+)prioritaires?")]
    private static partial Regex MotifTotaux();

    private sealed record Ligne(int Personnes, bool Dalo, bool Prioritaire, Typologies Typologie);

    [Theory]
    [InlineData("")]
    [InlineData("?dalo=true")]
    [InlineData("?typologie=T3&tri=-score&p=2")]
    public async Task Les_totaux_du_registre_sont_ceux_des_demandes_comptees_une_a_une(string filtre)
    {
        using var ddtm = await app.ClientConnecteAsync(Ddtm);
        var html = await (await ddtm.GetAsync("/demandes" + filtre)).TexteAsync();
        var debut = html.IndexOf("data-testid=\"totaux-demandes\"", StringComparison.Ordinal);
        var fin = html.IndexOf("</p>", debut, StringComparison.Ordinal);
        var texte = Regex.Replace(Regex.Replace(html[debut..fin], "<[^>]+>", ""), @"[\s\u00A0\u202F]", "");
        var m = MotifTotaux().Match(texte);
        Assert.True(m.Success, texte);

        // Le DDTM du Gard voit les demandes du département et celles de son guichet (un test parallèle peut en
        // enregistrer une ailleurs) : même règle que AccesDemandes.Filtre.
        var lignes = await app.ExecuterAsync(async db =>
            await db.Demandes.Where(d =>
                    d.DepartementCode == "30"
                    || db.Organisations.Any(o => o.Id == d.GuichetId && o.Nom.StartsWith("DDTM du Gard"))
                )
                .Select(d => new Ligne(
                    d.NombrePersonnes,
                    d.Dalo,
                    d.CriteresPrioritaires != CriteresPrioritaires.Aucun,
                    d.TypologiePrincipale
                ))
                .ToListAsync()
        );
        var attendues = filtre switch
        {
            "?dalo=true" => lignes.Where(l => l.Dalo).ToList(),
            "" => lignes,
            _ => lignes.Where(l => l.Typologie == Typologies.T3).ToList(),
        };
        Assert.NotEmpty(attendues);
        Assert.Equal(attendues.Count, int.Parse(m.Groups[1].Value));
        Assert.Equal(attendues.Sum(l => l.Personnes), int.Parse(m.Groups[2].Value));
        Assert.Equal(attendues.Count(l => l.Dalo), int.Parse(m.Groups[3].Value));
        Assert.Equal(attendues.Count(l => l.Prioritaire), int.Parse(m.Groups[4].Value));
    }

    [Fact]
    public async Task Les_seuils_de_tous_les_EPCI_en_une_requete_sont_ceux_du_calcul_EPCI_par_EPCI()
    {
        var (groupes, unParUn) = await app.ExecuterAsync(async db =>
        {
            var sirens = await db
                .Communes.Where(c => c.DepartementCode == "30" && c.EpciSiren != null)
                .Select(c => c.EpciSiren!)
                .Distinct()
                .ToListAsync();
            sirens.Add("000000000"); // un EPCI sans demande : seuil inconnu dans les deux calculs
            var groupes = await RequetesDemande.CalculerQuartilesAsync(db, sirens);
            var unParUn = new Dictionary<string, SeuilQuartile>();
            foreach (var s in sirens)
                unParUn[s] = await RequetesDemande.CalculerQuartileAsync(db, s);
            // Avec les valeurs officielles (objectifs d'attribution) : même résultat que la lecture EPCI par EPCI.
            var avecOfficiels = await RequetesDemande.SeuilsQuartileAsync(db, sirens, 2026);
            foreach (var s in sirens)
                Assert.Equal(await RequetesDemande.SeuilQuartileAsync(db, s, 2026), avecOfficiels[s]);
            return (groupes, unParUn);
        });
        Assert.Equal(unParUn.Count, groupes.Count);
        Assert.Contains(unParUn.Values, s => s.Demandes > 0);
        foreach (var (siren, attendu) in unParUn)
            Assert.Equal(attendu, groupes[siren]);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class AgregatsDemandeSqlite(SqliteFactory app) : AgregatsDemandeTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class AgregatsDemandePostgres(PostgresFactory app) : AgregatsDemandeTests(app);
