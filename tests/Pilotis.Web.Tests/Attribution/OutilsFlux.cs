using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Attribution;

/// <summary>Données de test de la gestion en flux : comptes, conventions, logements libérés (propres à chaque
/// test).</summary>
public static class OutilsFlux
{
    /// <summary>Nîmes : commune du Gard, dans la métropole de Nîmes.</summary>
    public const string Nimes = "30189";

    public static Task<(string Courriel, string MotDePasse, int OrganisationId)> CompteAsync(
        PilotisFactory app,
        TypeOrganisation type
    ) => app.CreerCompteAsync(type, NiveauPerimetre.Departement, "30", Role.Agent);

    public static Task<int> ConventionAsync(
        PilotisFactory app,
        int bailleur,
        int reservataire,
        Contingent contingent,
        decimal part,
        StatutConvention statut = StatutConvention.Signee,
        Action<ConventionFlux>? reglage = null
    ) =>
        app.ExecuterAsync(async db =>
        {
            var c = new ConventionFlux
            {
                BailleurId = bailleur,
                ReservataireId = reservataire,
                Contingent = contingent,
                DepartementCode = "30",
                PartFlux = part,
                DateDebut = new DateOnly(2025, 1, 1),
                DateFin = new DateOnly(2027, 12, 31),
                Statut = statut,
                SigneeLe = statut == StatutConvention.Signee ? new DateOnly(2024, 12, 15) : null,
                ModifieLe = DateTimeOffset.UtcNow,
            };
            reglage?.Invoke(c);
            db.ConventionsFlux.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });

    /// <summary>Un logement du parc et sa déclaration de disponibilité (étape « déclaré »).</summary>
    public static Task<int> LogementLibereAsync(
        PilotisFactory app,
        int bailleur,
        DateOnly disponibilite,
        TypologieLogement typologie = TypologieLogement.T3,
        MotifExclusionFlux exclusion = MotifExclusionFlux.Aucun,
        ReservationNonConvertie reservation = ReservationNonConvertie.Aucune,
        int? reservataireStock = null,
        string commune = Nimes,
        bool qpv = false,
        FinancementOrigine financement = FinancementOrigine.Plus
    ) =>
        app.ExecuterAsync(async db =>
        {
            var logement = new Logement
            {
                IdentifiantRpls = "T" + Guid.NewGuid().ToString("N")[..15],
                BailleurId = bailleur,
                CommuneCode = commune,
                Adresse = "1 rue du Test",
                EnQpv = qpv,
                Typologie = typologie,
                Surface = 60m,
                Financement = financement,
                AnneeConstruction = 1990,
                LoyerMensuel = 400m,
                ReservationNonConvertie = reservation,
                ReservataireStockId = reservataireStock,
                ModifieLe = DateTimeOffset.UtcNow,
            };
            db.Logements.Add(logement);
            await db.SaveChangesAsync();
            var a = new LogementAAttribuer
            {
                LogementId = logement.Id,
                DateDisponibilite = disponibilite,
                Exclusion = exclusion,
                ReservationNonConvertie = reservation,
                Etape = EtapeAttribution.Declare,
                DeclareLe = DateTimeOffset.UtcNow,
            };
            db.LogementsAAttribuer.Add(a);
            await db.SaveChangesAsync();
            return a.Id;
        });

    public static Task<LogementAAttribuer> LireAsync(PilotisFactory app, int id) =>
        app.ExecuterAsync(db => db.LogementsAAttribuer.AsNoTracking().SingleAsync(l => l.Id == id));
}
