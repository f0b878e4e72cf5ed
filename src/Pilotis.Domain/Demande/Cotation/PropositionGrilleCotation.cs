using Pilotis.Domain.Sru;

namespace Pilotis.Domain.Demande.Cotation;

/// <summary>
/// La grille proposée à un EPCI qui commence sa cotation : des poids usuels des PPGDID (DALO, critères de priorité
/// L441-1, urgences, ancienneté plafonnée, premier quartile, lien au territoire, handicap, mutation), à ajuster.
/// </summary>
public static class PropositionGrilleCotation
{
    public static List<CritereCotation> Criteres()
    {
        var criteres = new List<CritereCotation> { Critere(TypeCritere.Dalo, 0, 100m) };
        foreach (var c in Enum.GetValues<CriteresPrioritaires>().Where(c => c != CriteresPrioritaires.Aucun))
        {
            criteres.Add(Critere(TypeCritere.CriterePrioritaire, (int)c, 30m));
        }
        criteres.Add(Critere(TypeCritere.Motif, (int)MotifsDemande.SansLogement, 40m));
        criteres.Add(Critere(TypeCritere.Motif, (int)MotifsDemande.Violences, 40m));
        criteres.Add(Critere(TypeCritere.Motif, (int)MotifsDemande.LogementIndigne, 30m));
        criteres.Add(Critere(TypeCritere.AncienneteParMois, 0, 2m, 120m));
        criteres.Add(Critere(TypeCritere.PremierQuartile, 0, 20m));
        criteres.Add(Critere(TypeCritere.HabiteEpci, 0, 10m));
        criteres.Add(Critere(TypeCritere.TravailleEpci, 0, 10m));
        criteres.Add(Critere(TypeCritere.Handicap, 0, 15m));
        criteres.Add(Critere(TypeCritere.Mutation, 0, 5m));
        return criteres;
    }

    private static CritereCotation Critere(TypeCritere type, int parametre, decimal points, decimal? plafond = null) =>
        new(type, parametre, points, plafond, LibellesCotation.Defaut(type, parametre));
}
