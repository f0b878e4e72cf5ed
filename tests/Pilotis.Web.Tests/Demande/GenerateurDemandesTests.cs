using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Demande;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Demande;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Demande;

/// <summary>
/// Generator of fictitious demands (real Gard communes from the database referential) and the demo seed: deterministic,
/// every demand valid for the import, distributions in the ranges the generator promises.
/// </summary>
public abstract class GenerateurDemandesTests(PilotisFactory app)
{
    private static readonly DateOnly Aujourdhui = new(2026, 11, 28);

    [Fact]
    public async Task Meme_graine_memes_octets_autre_graine_autre_fichier()
    {
        var communes = await app.ExecuterAsync(db => GenerateurDemandes.CommunesAsync(db, "30"));
        string Empreinte(int graine)
        {
            using var flux = new MemoryStream();
            GenerateurDemandes.EcrireCsv(new GenerateurDemandes(graine).Generer(communes, 2000, Aujourdhui), flux);
            return Convert.ToHexString(SHA256.HashData(flux.ToArray()));
        }
        Assert.Equal(Empreinte(7), Empreinte(7));
        Assert.NotEqual(Empreinte(7), Empreinte(8));
    }

    [Fact]
    public async Task Les_demandes_generees_sont_valides_et_leurs_distributions_realistes()
    {
        var (communes, referentiel) = await app.ExecuterAsync(async db =>
            (await GenerateurDemandes.CommunesAsync(db, "30"), await ReferentielDemandes.ChargerAsync(db))
        );
        const int Nombre = 20_000;
        var demandes = new GenerateurDemandes(11).Generer(communes, Nombre, Aujourdhui).ToList();
        foreach (var d in demandes)
        {
            var erreurs = ValidationDemande.Valider(d, Aujourdhui, referentiel.Communes.ContainsKey);
            Assert.True(erreurs.Count == 0, $"{d.NumeroUnique} : {string.Join(" ", erreurs.Select(e => e.Message))}");
            referentiel.Actualiser(d, Aujourdhui);
        }
        Assert.Equal(Nombre, demandes.Select(d => d.NumeroUnique).Distinct().Count());
        double Part(Func<DemandeLogement, bool> critere) => demandes.Count(critere) / (double)Nombre;
        Assert.InRange(Part(d => d.NombrePersonnes == 1), 0.36, 0.44); // ~40 % de personnes seules
        Assert.InRange(Part(d => d.NombrePersonnes >= 6), 0.01, 0.06);
        Assert.InRange(Part(d => d.Handicap), 0.08, 0.12); // ~10 % avec une personne handicapée
        Assert.InRange(Part(d => d.Mutation), 0.22, 0.28); // ~25 % de mutations
        Assert.InRange(Part(d => d.Dalo), 0.02, 0.04); // ~3 % DALO
        Assert.InRange(Part(d => d.CriteresPrioritaires != CriteresPrioritaires.Aucun), 0.05, 0.5);
        Assert.InRange(Part(d => d.Statut == StatutDemande.Active), 0.82, 0.88); // ~85 % actives
        Assert.InRange(
            Part(d =>
                d.Statut == StatutDemande.Active && EcheancesDemande.Etat(d, Aujourdhui) == EtatDemande.ARenouveler
            ),
            0.03,
            0.15
        );
        // ~10 % au-dessus du plafond PLUS
        Assert.InRange(Part(d => (d.ProduitsEligibles & ProduitsEligibles.Plus) == 0), 0.05, 0.16);
        Assert.InRange(Part(d => d.Communes.Count > 1), 0.45, 0.65);
        // Les communes suivantes sont surtout dans l'EPCI du premier choix.
        var suivantes = demandes
            .SelectMany(d =>
                d.Communes.Where(c => c.Rang > 1).Select(c => referentiel.EpciDe(c.CommuneCode) == d.EpciSiren)
            )
            .ToList();
        Assert.InRange(suivantes.Count(x => x) / (double)suivantes.Count, 0.75, 0.98);
        // Ancienneté concentrée sur les dernières années, jamais plus de 6 ans.
        Assert.All(demandes, d => Assert.InRange(d.DateDepot, Aujourdhui.AddYears(-6).AddDays(-2), Aujourdhui));
        Assert.True(Part(d => d.DateDepot >= Aujourdhui.AddYears(-2)) > 0.5);
        // Typologie cohérente avec la taille : une personne seule ne cherche pas un T5.
        Assert.DoesNotContain(demandes, d => d.NombrePersonnes == 1 && d.TypologiePrincipale > Typologies.T2);
        Assert.All(demandes.Where(d => d.Statut == StatutDemande.Satisfaite), d =>
            Assert.NotNull(d.CommuneAttributionCode)
        );
        Assert.All(demandes.Where(d => d.Statut != StatutDemande.Active), d =>
            Assert.True(d.DateRadiation >= Aujourdhui.AddYears(-2))
        );
    }

    [Fact]
    public async Task La_demonstration_seme_des_demandes_dont_certaines_par_les_guichets_de_demonstration()
    {
        var (semis, garrigues, nimes) = await app.ExecuterAsync(async db =>
        {
            var idGarrigues = await db.Organisations.Where(o => o.Siren == "900000019").Select(o => o.Id).SingleAsync();
            var idNimes = await db
                .Organisations.Where(o =>
                    o.Demonstration && o.Type == TypeOrganisation.Commune && o.PerimetreCode == "30189"
                )
                .Select(o => o.Id)
                .SingleAsync();
            // Le semis laisse une entrée de journal de synthèse (les
            // autres tests ajoutent leurs propres demandes à la base).
            var entree = await db
                .Journal.Where(j => j.Action == "Semis des demandes de démonstration")
                .Select(j => j.Apres)
                .SingleAsync();
            return (
                System.Text.Json.JsonDocument.Parse(entree!).RootElement.GetProperty("ajoutees").GetInt64(),
                await db.Demandes.CountAsync(d => d.GuichetId == idGarrigues),
                await db.Demandes.CountAsync(d => d.GuichetId == idNimes)
            );
        });
        Assert.Equal(1500, semis); // Demonstration:Demandes = 1500 dans les tests (23 000 par défaut)
        Assert.True(garrigues > 0, "aucune demande enregistrée par Garrigues Habitat");
        Assert.True(nimes > 0, "aucune demande enregistrée par la commune de Nîmes");
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class GenerateurDemandesSqlite(SqliteFactory app) : GenerateurDemandesTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class GenerateurDemandesPostgres(PostgresFactory app) : GenerateurDemandesTests(app);
