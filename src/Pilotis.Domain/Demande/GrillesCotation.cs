using Pilotis.Domain.Sru;

namespace Pilotis.Domain.Demande;

/// <summary>
/// Règles d'une grille de cotation saisie par un EPCI (CCH L441-2-8) : erreurs par champ, en français, nommant le
/// critère (« Critère 3 : … »). Les champs sont nommés <c>Criteres[i].Points</c> etc., comme dans le formulaire.
/// </summary>
public static class ValidationGrilleCotation
{
    /// <summary>Borne des points d'un critère : au-delà, un seul critère écraserait tous les autres.</summary>
    public const decimal PointsMaximum = 1000m;

    public static IReadOnlyList<ErreurChamp> Valider(IReadOnlyList<CritereCotation> criteres)
    {
        ArgumentNullException.ThrowIfNull(criteres);
        var erreurs = new List<ErreurChamp>();
        if (criteres.Count == 0)
        {
            erreurs.Add(new ErreurChamp("Criteres", "La grille doit comporter au moins un critère."));
            return erreurs;
        }
        var vus = new HashSet<(TypeCritere, int)>();
        for (var i = 0; i < criteres.Count; i++)
        {
            var c = criteres[i];
            var n = i + 1;
            var champ = $"Criteres[{i}]";
            if (!Enum.IsDefined(c.Type))
            {
                erreurs.Add(new ErreurChamp($"{champ}.Type", $"Critère {n} : le type de critère est inconnu."));
                continue;
            }
            if (c.Points < -PointsMaximum || c.Points > PointsMaximum)
                erreurs.Add(
                    new ErreurChamp(
                        $"{champ}.Points",
                        $"Critère {n} : les points doivent être compris entre −1 000 et 1 000."
                    )
                );
            if (c.Type == TypeCritere.AncienneteParMois)
            {
                if (c.Plafond is { } p && p <= 0)
                    erreurs.Add(
                        new ErreurChamp(
                            $"{champ}.Plafond",
                            $"Critère {n} : le plafond de l'ancienneté doit être supérieur à 0."
                        )
                    );
                if (c.Points <= 0)
                    erreurs.Add(
                        new ErreurChamp(
                            $"{champ}.Points",
                            $"Critère {n} : l'ancienneté doit rapporter des points positifs par mois."
                        )
                    );
            }
            else if (c.Plafond is not null)
            {
                erreurs.Add(
                    new ErreurChamp(
                        $"{champ}.Plafond",
                        $"Critère {n} : seul le critère d'ancienneté a un plafond ; laissez ce champ vide."
                    )
                );
            }
            if (!ParametreValide(c.Type, c.Parametre))
            {
                erreurs.Add(
                    new ErreurChamp(
                        $"{champ}.Parametre",
                        LibellesCotation.Parametres(c.Type).Count == 0
                            ? $"Critère {n} : ce type de critère ne prend pas de précision."
                            : $"Critère {n} : choisissez une précision valable pour « {LibellesCotation.Type(c.Type)} »."
                    )
                );
            }
            else if (!vus.Add((c.Type, c.Parametre)))
            {
                erreurs.Add(new ErreurChamp($"{champ}.Type", $"Critère {n} : ce critère figure déjà dans la grille."));
            }
            if (c.Libelle?.Length > 200)
                erreurs.Add(
                    new ErreurChamp(
                        $"{champ}.Libelle",
                        $"Critère {n} : le libellé ne doit pas dépasser 200 caractères."
                    )
                );
        }
        return erreurs;
    }

    public static bool ParametreValide(TypeCritere type, int parametre)
    {
        var possibles = LibellesCotation.Parametres(type);
        return possibles.Count == 0 ? parametre == 0 : possibles.Any(p => p.Valeur == parametre);
    }
}

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

/// <summary>Une demande à classer avant et après un changement de grille (pas de donnée personnelle : un identifiant, une date, deux scores).</summary>
public readonly record struct ScoresDemande(long Id, DateOnly DateDepot, decimal? AncienScore, decimal? NouveauScore);

/// <summary>Le déplacement d'une demande : rang avant, rang après ; <see cref="Deplacement"/> &gt; 0 quand elle monte.</summary>
public sealed record MouvementClassement(
    long Id,
    decimal? AncienScore,
    decimal? NouveauScore,
    int AncienRang,
    int NouveauRang
)
{
    public int Deplacement => AncienRang - NouveauRang;
}

public sealed record BilanComparaison(
    int Demandes,
    int Montent,
    int Descendent,
    int Inchangees,
    decimal DeplacementMoyenAbsolu,
    IReadOnlyList<MouvementClassement> Mouvements
)
{
    /// <summary>Les plus grands déplacements d'abord (en valeur absolue), puis par nouveau rang.</summary>
    public IEnumerable<MouvementClassement> PlusGrandsDeplacements =>
        Mouvements.OrderByDescending(m => Math.Abs(m.Deplacement)).ThenBy(m => m.NouveauRang);
}

/// <summary>
/// Simulation d'une nouvelle grille (CCH L441-2-8) : classement des demandes actives de l'EPCI avec l'ancienne et la
/// nouvelle grille (score décroissant, puis date de dépôt, puis identifiant ; une demande sans score passe après les autres)
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
