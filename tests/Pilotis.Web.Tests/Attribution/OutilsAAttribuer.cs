using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Demande;
using Pilotis.Web.Tests.Demande;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Attribution;

/// <summary>
/// Logements du répertoire et logements à attribuer de test, écrits en base ; chaque test prend sa propre commune hors
/// du Gard (la démonstration n'y sème ni logement ni demande).
/// </summary>
public static class OutilsAAttribuer
{
    private static int _rang;

    /// <summary>Une commune neuve pour le test : la n-ième commune de Lozère.</summary>
    public static Task<string> CommuneAsync(PilotisFactory app) =>
        app.ExecuterAsync(async db =>
        {
            var rang = Interlocked.Increment(ref _rang);
            return await db
                .Communes.Where(c =>
                    c.DepartementCode == "48"
                    && c.Type == Pilotis.Domain.Territoire.TypeCommune.Actuelle
                    && c.EpciSiren != null
                )
                .OrderBy(c => c.Code)
                .Skip(rang % 150)
                .Select(c => c.Code)
                .FirstAsync();
        });

    public static Task<Logement> LogementAsync(
        this PilotisFactory app,
        int bailleurId,
        string commune,
        Action<Logement>? ajuster = null
    ) =>
        app.ExecuterAsync(async db =>
        {
            var l = new Logement
            {
                IdentifiantRpls = "T" + Guid.NewGuid().ToString("N")[..15],
                BailleurId = bailleurId,
                CommuneCode = commune,
                Adresse = "3 rue des Essais",
                Typologie = TypologieLogement.T3,
                Surface = 65m,
                Financement = FinancementOrigine.Plus,
                AnneeConstruction = 1998,
                LoyerMensuel = 390m,
                Occupation = EtatOccupation.Occupe,
                ModifieLe = DateTimeOffset.UtcNow,
            };
            ajuster?.Invoke(l);
            db.Logements.Add(l);
            await db.SaveChangesAsync();
            return l;
        });

    /// <summary>Un logement déclaré et déjà orienté (vers le réservataire donné, sinon le bailleur).</summary>
    public static Task<LogementAAttribuer> OrienteAsync(
        this PilotisFactory app,
        Logement logement,
        int? reservataireId = null,
        Contingent contingent = Contingent.Bailleur
    ) =>
        app.ExecuterAsync(async db =>
        {
            var a = DeclarationDisponibilite.Creer(
                logement,
                OrigineDisponibilite.Liberation,
                app.Aujourdhui().AddDays(-20),
                app.Aujourdhui().AddDays(20),
                MotifExclusionFlux.Aucun,
                DateTimeOffset.UtcNow
            );
            a.Etape = EtapeAttribution.Oriente;
            a.ReservataireId = reservataireId;
            a.Contingent = contingent;
            a.OrienteLe = DateTimeOffset.UtcNow;
            db.LogementsAAttribuer.Add(a);
            await db.SaveChangesAsync();
            return a;
        });

    /// <summary>Une demande de deux personnes (un adulte, un enfant) qui souhaite la commune en T2 ou T3.</summary>
    public static Task<DemandeLogement> CandidatAsync(
        this PilotisFactory app,
        string commune,
        Action<DemandeLogement>? ajuster = null
    ) => app.CreerDemandeAsync(commune, ajuster);

    public static Task<int> DesignationsAsync(this PilotisFactory app, int logementAAttribuerId) =>
        app.ExecuterAsync(db => db.Designations.CountAsync(d => d.LogementAAttribuerId == logementAAttribuerId));

    public static Task<(string Courriel, string MotDePasse, int OrganisationId)> ReservataireAsync(
        this PilotisFactory app
    ) => app.CreerCompteAsync(TypeOrganisation.Reservataire, NiveauPerimetre.Departement, "48", Role.Agent);
}
