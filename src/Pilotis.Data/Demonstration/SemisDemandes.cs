using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Demande;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Demande;

namespace Pilotis.Data.Demonstration;

/// <summary>
/// Les demandes de démonstration du Gard : <see cref="GenerateurDemandes"/> (graine fixe, 23 000 demandes par défaut,
/// réglage <c>Demonstration:Demandes</c>) écrites par l'écrivain
/// de l'import (<see cref="EcritureDemandes"/>). Une partie
/// est enregistrée par les guichets de démonstration (bailleurs,
/// commune de Nîmes, DDTM) pour que leurs comptes en voient ;
/// les autres viennent de l'extrait national (sans guichet). Ne sème rien si des demandes existent déjà.
/// </summary>
public sealed class SemisDemandes(PilotisDbContext db)
{
    public const int NombreParDefaut = GenerateurDemandes.NombreGard;
    public const int Graine = 3030;
    private const string Departement = "30";

    public async Task<long> ExecuterAsync(
        DateTimeOffset maintenant,
        int nombre = NombreParDefaut,
        CancellationToken ct = default
    )
    {
        if (nombre <= 0 || await db.Demandes.AnyAsync(ct))
            return 0;
        var communes = await GenerateurDemandes.CommunesAsync(db, Departement, ct);
        if (communes.Count == 0)
            return 0;
        var guichets = await db
            .Organisations.AsNoTracking()
            .Where(o =>
                o.Demonstration
                && o.DepartementCode == Departement
                && (
                    o.Type == TypeOrganisation.Bailleur
                    || o.Type == TypeOrganisation.Commune
                    || o.Type == TypeOrganisation.Ddtm
                )
            )
            .OrderBy(o => o.Id)
            .Select(o => new
            {
                o.Id,
                o.Type,
                o.PerimetreCode,
            })
            .ToListAsync(ct);
        var bailleurs = guichets.Where(g => g.Type == TypeOrganisation.Bailleur).Select(g => g.Id).ToArray();
        var communesGuichets = guichets
            .Where(g => g.Type == TypeOrganisation.Commune)
            .ToDictionary(g => g.PerimetreCode, g => g.Id, StringComparer.Ordinal);
        var ddtm = guichets.FirstOrDefault(g => g.Type == TypeOrganisation.Ddtm)?.Id;

        var aujourdhui = DateOnly.FromDateTime(maintenant.UtcDateTime);
        var alea = new Random(Graine + 1);
        IEnumerable<DemandeLogement> Demandes()
        {
            foreach (var d in new GenerateurDemandes(Graine).Generer(communes, nombre, aujourdhui))
            {
                // Guichet enregistreur : la commune pour une partie de ses habitants, sinon un bailleur ou la DDTM.
                var tirage = alea.NextDouble();
                if (
                    d.CommuneResidenceCode is { } residence
                    && communesGuichets.TryGetValue(residence, out var commune)
                    && tirage < 0.4
                )
                    d.GuichetId = commune;
                else if (bailleurs.Length > 0 && tirage < 0.45)
                    d.GuichetId = bailleurs[alea.Next(bailleurs.Length)];
                else if (ddtm is not null && tirage < 0.5)
                    d.GuichetId = ddtm;
                yield return d;
            }
        }
        var referentiel = await ReferentielDemandes.ChargerAsync(db, ct);
        var resultat = await new EcritureMasseDemandes(db, referentiel, maintenant).EcrireAsync(
            Demandes(),
            "Semis des demandes de démonstration",
            ct: ct
        );
        // Comme après un import : cotées (grilles déjà publiées) et reprises dans l'index de classement (ADR 0020).
        if (resultat.Ajoutees > 0)
            await CotationEnMasse.CoterModifieesDepuisAsync(db, maintenant, aujourdhui, ct);
        return resultat.Ajoutees;
    }
}
