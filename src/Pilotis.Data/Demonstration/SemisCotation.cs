using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Demande;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Demande.Cotation;

namespace Pilotis.Data.Demonstration;

/// <summary>
/// Grilles de cotation de démonstration (CCH L441-2-8) : Nîmes Métropole (une version archivée, une publiée) et Alès
/// Agglomération (une version publiée), inspirées des PPGDID, puis recalcul des scores de toutes les demandes.
/// Ne crée rien si ces EPCI ont déjà une grille ; le recalcul, lui, est refait (il est idempotent).
/// </summary>
public sealed class SemisCotation(PilotisDbContext db)
{
    public const string NimesMetropole = "243000643";
    public const string AlesAgglo = "200066918";

    public async Task<(int Grilles, BilanCotation Bilan)> ExecuterAsync(
        DateTimeOffset maintenant,
        CancellationToken ct = default
    )
    {
        var aujourdhui = DateOnly.FromDateTime(maintenant.UtcDateTime);
        var grilles = 0;
        var existants = await db.GrillesCotation.Select(g => g.EpciSiren).Distinct().ToListAsync(ct);
        var epcis = await db
            .Epcis.Where(e => e.Siren == NimesMetropole || e.Siren == AlesAgglo)
            .Select(e => e.Siren)
            .ToListAsync(ct);
        if (epcis.Contains(NimesMetropole) && !existants.Contains(NimesMetropole))
        {
            var v2 = new DateOnly(aujourdhui.Year, 1, 1).AddMonths(-6);
            db.GrillesCotation.Add(
                Grille(
                    NimesMetropole,
                    1,
                    StatutGrille.Archivee,
                    Nimes(premiere: true),
                    v2.AddYears(-2),
                    v2,
                    maintenant,
                    "Première grille du PPGDID de Nîmes Métropole."
                )
            );
            db.GrillesCotation.Add(
                Grille(
                    NimesMetropole,
                    2,
                    StatutGrille.Publiee,
                    Nimes(premiere: false),
                    v2,
                    null,
                    maintenant,
                    "Ancienneté revalorisée, lien au territoire et premier quartile ajoutés après le bilan annuel de "
                        + "la conférence intercommunale du logement."
                )
            );
            grilles += 2;
        }
        if (epcis.Contains(AlesAgglo) && !existants.Contains(AlesAgglo))
        {
            db.GrillesCotation.Add(
                Grille(
                    AlesAgglo,
                    1,
                    StatutGrille.Publiee,
                    Ales(),
                    new DateOnly(aujourdhui.Year - 1, 3, 1),
                    null,
                    maintenant,
                    "Grille adoptée par la conférence intercommunale du logement d'Alès Agglomération."
                )
            );
            grilles++;
        }
        if (grilles > 0)
            await db.SaveChangesAsync(ct);
        var bilan = await CotationEnMasse.RecalculerAsync(db, null, aujourdhui, null, ct);
        return (grilles, bilan);
    }

    private static GrilleCotation Grille(
        string siren,
        int version,
        StatutGrille statut,
        List<CritereCotation> criteres,
        DateOnly publiee,
        DateOnly? archivee,
        DateTimeOffset maintenant,
        string commentaire
    ) =>
        new()
        {
            EpciSiren = siren,
            Version = version,
            Statut = statut,
            Criteres = criteres,
            CreeeLe = maintenant,
            PublieeLe = publiee,
            ArchiveeLe = archivee,
            Commentaire = commentaire,
        };

    private static CritereCotation C(
        TypeCritere type,
        int parametre,
        decimal points,
        decimal? plafond = null,
        string? libelle = null
    ) => new(type, parametre, points, plafond, libelle ?? LibellesCotation.Defaut(type, parametre));

    private static List<CritereCotation> Nimes(bool premiere)
    {
        var criteres = new List<CritereCotation>
        {
            C(TypeCritere.Dalo, 0, 100m),
            C(TypeCritere.CriterePrioritaire, (int)CriteresPrioritaires.Handicap, 30m),
            C(TypeCritere.CriterePrioritaire, (int)CriteresPrioritaires.MalLogeDefavorise, 25m),
            C(TypeCritere.CriterePrioritaire, (int)CriteresPrioritaires.HebergementTransition, 25m),
            C(TypeCritere.CriterePrioritaire, (int)CriteresPrioritaires.HabitatIndigne, 30m),
            C(TypeCritere.CriterePrioritaire, (int)CriteresPrioritaires.Violences, 40m),
            C(TypeCritere.CriterePrioritaire, (int)CriteresPrioritaires.SurOccupationAvecEnfant, 25m),
            C(TypeCritere.Motif, (int)MotifsDemande.SansLogement, 40m),
            C(TypeCritere.Motif, (int)MotifsDemande.Violences, 40m),
            C(TypeCritere.Motif, (int)MotifsDemande.LogementIndigne, 30m),
            C(TypeCritere.AncienneteParMois, 0, premiere ? 1m : 2m, premiere ? 60m : 120m, "Ancienneté de la demande"),
            C(TypeCritere.Handicap, 0, 15m),
            C(TypeCritere.Mutation, 0, 5m),
        };
        if (!premiere)
        {
            criteres.Add(C(TypeCritere.PremierQuartile, 0, 20m));
            criteres.Add(C(TypeCritere.HabiteEpci, 0, 10m));
            criteres.Add(C(TypeCritere.TravailleEpci, 0, 10m));
        }
        return criteres;
    }

    private static List<CritereCotation> Ales() =>
        [
            C(TypeCritere.Dalo, 0, 120m),
            C(TypeCritere.CriterePrioritaire, (int)CriteresPrioritaires.Violences, 50m),
            C(TypeCritere.CriterePrioritaire, (int)CriteresPrioritaires.HabitatIndigne, 30m),
            C(TypeCritere.Motif, (int)MotifsDemande.SansLogement, 50m),
            C(TypeCritere.SituationLogement, (int)SituationLogement.Heberge, 20m),
            C(TypeCritere.AncienneteParMois, 0, 3m, 90m, "Ancienneté de la demande"),
            C(TypeCritere.PremierQuartile, 0, 25m),
            C(TypeCritere.HabiteEpci, 0, 15m),
            C(TypeCritere.Handicap, 0, 20m),
        ];
}
