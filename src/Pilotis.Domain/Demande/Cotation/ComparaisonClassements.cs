using Pilotis.Domain.Sru;

namespace Pilotis.Domain.Demande.Cotation;

/// <summary>
/// Simulation d'une nouvelle grille (CCH L441-2-8) : classement des demandes actives de l'EPCI avec l'ancienne et la
/// nouvelle grille (score décroissant, puis date de dépôt, puis
/// identifiant ; une demande sans score passe après les autres)
/// et le déplacement de chacune.
/// </summary>
public static class ComparaisonClassements
{
    public static BilanComparaison Comparer(IReadOnlyList<ScoresDemande> demandes)
    {
        ArgumentNullException.ThrowIfNull(demandes);
        var anciens = Rangs(demandes, d => d.AncienScore);
        var nouveaux = Rangs(demandes, d => d.NouveauScore);
        var mouvements = new List<MouvementClassement>(demandes.Count);
        int montent = 0,
            descendent = 0;
        long somme = 0;
        for (var i = 0; i < demandes.Count; i++)
        {
            var m = new MouvementClassement(
                demandes[i].Id,
                demandes[i].AncienScore,
                demandes[i].NouveauScore,
                anciens[i],
                nouveaux[i]
            );
            if (m.Deplacement > 0)
                montent++;
            else if (m.Deplacement < 0)
                descendent++;
            somme += Math.Abs(m.Deplacement);
            mouvements.Add(m);
        }
        var moyenne =
            demandes.Count == 0 ? 0m : Math.Round((decimal)somme / demandes.Count, 2, MidpointRounding.AwayFromZero);
        return new BilanComparaison(
            demandes.Count,
            montent,
            descendent,
            demandes.Count - montent - descendent,
            moyenne,
            mouvements
        );
    }

    /// <summary>Rang (1 = premier) de chaque demande, dans l'ordre de la liste reçue.</summary>
    private static int[] Rangs(IReadOnlyList<ScoresDemande> demandes, Func<ScoresDemande, decimal?> score)
    {
        var ordre = Enumerable
            .Range(0, demandes.Count)
            .OrderBy(i => score(demandes[i]) is null ? 1 : 0)
            .ThenByDescending(i => score(demandes[i]) ?? 0m)
            .ThenBy(i => demandes[i].DateDepot)
            .ThenBy(i => demandes[i].Id);
        var rangs = new int[demandes.Count];
        var rang = 0;
        foreach (var i in ordre)
            rangs[i] = ++rang;
        return rangs;
    }
}
