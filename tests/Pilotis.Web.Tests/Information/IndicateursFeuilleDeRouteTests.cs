using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Information;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Information;
using Pilotis.Domain.Production;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Production;

namespace Pilotis.Web.Tests.Information;

/// <summary>
/// Les indicateurs S6 et S7 de la feuille de route (RequetesInformation.IndicateursFeuilleDeRouteAsync), calculés en
/// base sur un département que seul ce test peuple (la Creuse) : nuls sans donnée, puis les valeurs attendues.
/// </summary>
public abstract class IndicateursFeuilleDeRouteTests(PilotisFactory app)
{
    private const string Departement = "23";

    [Fact]
    public async Task Les_indicateurs_sont_nuls_sans_donnee_puis_calcules()
    {
        var vides = await app.ExecuterAsync(db =>
            RequetesInformation.IndicateursFeuilleDeRouteAsync(db, 2027, Departement, CancellationToken.None)
        );
        string[] codes =
        [
            RequetesInformation.CodeElusFormes,
            RequetesInformation.CodeSatisfaction,
            RequetesInformation.CodeHabitantsRencontres,
            RequetesInformation.CodeConcertationAvantPermis,
        ];
        Assert.Equal(codes.Order(), vides.Keys.Order());
        Assert.All(vides.Values, v => Assert.Null(v));

        var total = await SemerFormationAsync();
        await SemerConcertationAsync();

        var valeurs = await app.ExecuterAsync(db =>
            RequetesInformation.IndicateursFeuilleDeRouteAsync(db, 2027, Departement, CancellationToken.None)
        );
        Assert.Equal(
            Math.Round(100m / total, 1, MidpointRounding.AwayFromZero),
            valeurs[RequetesInformation.CodeElusFormes]
        );
        Assert.Equal(4.5m, valeurs[RequetesInformation.CodeSatisfaction]);
        Assert.Equal(42m, valeurs[RequetesInformation.CodeHabitantsRencontres]);
        Assert.Equal(50m, valeurs[RequetesInformation.CodeConcertationAvantPermis]);
        // En 2028 : les élus formés depuis le début du mandat comptent encore ; ni réponse ni action cette année.
        var suivante = await app.ExecuterAsync(db =>
            RequetesInformation.IndicateursFeuilleDeRouteAsync(db, 2028, Departement, CancellationToken.None)
        );
        Assert.Equal(valeurs[RequetesInformation.CodeElusFormes], suivante[RequetesInformation.CodeElusFormes]);
        Assert.Null(suivante[RequetesInformation.CodeSatisfaction]);
        Assert.Null(suivante[RequetesInformation.CodeHabitantsRencontres]);
    }

    /// <summary>Une session de 2027 : deux élus présents (notes 4 et 5) d'une commune, un absent d'une autre.</summary>
    private async Task<int> SemerFormationAsync()
    {
        var communes = await app.ExecuterAsync(db =>
            db.Communes.Where(c => c.DepartementCode == Departement && c.Type == TypeCommune.Actuelle)
                .OrderBy(c => c.Code)
                .Select(c => new
                {
                    c.Code,
                    c.EpciSiren,
                    c.RegionCode,
                })
                .Take(2)
                .ToListAsync()
        );
        var total = await app.ExecuterAsync(db =>
            db.Communes.CountAsync(c => c.DepartementCode == Departement && c.Type == TypeCommune.Actuelle)
        );
        await app.ExecuterAsync(async db =>
        {
            var session = new SessionFormation
            {
                DepartementCode = Departement,
                RegionCode = communes[0].RegionCode,
                Date = new DateOnly(2027, 5, 10),
                Lieu = "Guéret",
                Formateur = "DDT de la Creuse",
                Capacite = 20,
            };
            db.SessionsFormation.Add(session);
            await db.SaveChangesAsync();
            InscriptionFormation Elu(string commune, string courriel, bool present, int? note) =>
                new()
                {
                    SessionId = session.Id,
                    Nom = courriel,
                    CommuneCode = commune,
                    DepartementCode = Departement,
                    RegionCode = communes[0].RegionCode,
                    Courriel = courriel,
                    Present = present,
                    Note = note,
                };
            db.InscriptionsFormation.AddRange(
                Elu(communes[0].Code, "a@exemple.fr", true, 4),
                Elu(communes[0].Code, "b@exemple.fr", true, 5),
                Elu(communes[1].Code, "c@exemple.fr", false, null)
            );
            await db.SaveChangesAsync();
        });
        return total;
    }

    /// <summary>Deux opérations agréées en 2027, dont une concertée avant le permis ; 42 habitants en 2027.</summary>
    private async Task SemerConcertationAsync()
    {
        var bailleur = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            Departement,
            Role.Agent
        );
        var concertee = await app.CreerOperationTestAsync(bailleur.OrganisationId, Departement, o =>
            (o.Statut, o.DateAgrement) = (StatutOperation.Engagee, new DateOnly(2027, 3, 1))
        );
        var tardive = await app.CreerOperationTestAsync(bailleur.OrganisationId, Departement, o =>
            (o.Statut, o.DateAgrement) = (StatutOperation.Engagee, new DateOnly(2027, 6, 1))
        );
        await app.ExecuterAsync(async db =>
        {
            db.ActionsConcertation.AddRange(
                new ActionConcertation
                {
                    OperationId = concertee.Id,
                    Date = new DateOnly(2027, 2, 1),
                    Phase = PhaseConcertation.AvantLePermis,
                    HabitantsRencontres = 30,
                },
                new ActionConcertation
                {
                    OperationId = tardive.Id,
                    Date = new DateOnly(2027, 8, 1),
                    Phase = PhaseConcertation.PendantLesTravaux,
                    HabitantsRencontres = 12,
                },
                // Une action d'une autre année ne compte pas dans les habitants de 2027.
                new ActionConcertation
                {
                    OperationId = tardive.Id,
                    Date = new DateOnly(2026, 11, 1),
                    Phase = PhaseConcertation.AvantLesTravaux,
                    HabitantsRencontres = 500,
                }
            );
            await db.SaveChangesAsync();
        });
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class IndicateursFeuilleDeRouteSqlite(SqliteFactory app) : IndicateursFeuilleDeRouteTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class IndicateursFeuilleDeRoutePostgres(PostgresFactory app) : IndicateursFeuilleDeRouteTests(app);
