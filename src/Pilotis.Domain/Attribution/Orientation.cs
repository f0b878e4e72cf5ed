using Pilotis.Domain.Commun;

namespace Pilotis.Domain.Attribution;

/// <summary>
/// Orientation d'un logement libéré dans la gestion en flux (CCH L441-1, R441-5 ; décret n° 2020-145 du 20 février
/// 2020) : chaque réservataire a droit, sur l'année, à sa part des logements du flux ; le logement va à celui qui a le
/// plus grand retard (dû = part × logements du flux jusqu'ici, ce logement compris, moins orientés), en respectant
/// d'abord sa répartition par typologie et ses territoires, à défaut ses seuls territoires, à défaut le retard seul.
/// Le bailleur tient le reste non réservé du flux (100 % moins la somme des parts). À retard égal, l'ordre est fixe :
/// contingent (préfet, Action Logement, collectivité, bailleur), puis identifiant du réservataire.
/// Les logements exclus de l'assiette et les réservations restées en stock ne passent pas par ici.
/// </summary>
public static class Orientation
{
    public static ClasseTypologie Classe(TypologieLogement typologie) =>
        typologie switch
        {
            TypologieLogement.T1 or TypologieLogement.T2 => ClasseTypologie.T1T2,
            TypologieLogement.T3 => ClasseTypologie.T3,
            _ => ClasseTypologie.T4Plus,
        };

    /// <summary>
    /// Les parts de l'année : une par convention en vigueur, plus le reste non réservé du bailleur (jamais négatif).
    /// </summary>
    public static List<PartOrientation> Parts(
        IEnumerable<ConventionFlux> conventions,
        Func<int, string> nomReservataire,
        string nomBailleur
    )
    {
        ArgumentNullException.ThrowIfNull(nomReservataire);
        var parts = conventions
            .OrderBy(c => c.Contingent)
            .ThenBy(c => c.ReservataireId)
            .Select(c => new PartOrientation(
                c.ReservataireId,
                c.Contingent,
                nomReservataire(c.ReservataireId),
                c.PartFlux,
                c.PartT1T2,
                c.PartT3,
                c.PartT4Plus,
                PartOrientation.LireTerritoires(c.Territoires)
            ))
            .ToList();
        var reste = Math.Max(0m, 100m - parts.Sum(p => p.Part));
        parts.Add(
            new PartOrientation(null, Contingent.Bailleur, nomBailleur, reste, null, null, null, new HashSet<string>())
        );
        return parts;
    }

    /// <summary>La proposition pour un logement du flux ; l'état n'est pas modifié (l'appelant enregistre le
    /// choix).</summary>
    public static PropositionOrientation Proposer(
        IReadOnlyList<PartOrientation> parts,
        EtatOrientation etat,
        TypologieLogement typologie,
        string? epciSiren
    )
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(etat);
        var classe = Classe(typologie);
        var assiette = etat.LogementsDuFlux + 1;
        var soldes = parts.Select(p => Solde(p, etat, classe, assiette, epciSiren)).ToList();
        var enRetard = soldes.Where(s => s.Ecart > 0m).ToList();
        var (choisi, palier) = Choisir(enRetard.Where(s => s.TypologieConforme && s.TerritoireConforme), 1)
            ?? Choisir(enRetard.Where(s => s.TerritoireConforme), 2)
            ?? Choisir(enRetard, 3)
            ?? Choisir(soldes, 3)!.Value;
        return new PropositionOrientation(
            choisi.ReservataireId,
            choisi.Contingent,
            soldes,
            Expliquer(choisi, palier, soldes, assiette, typologie)
        );
    }

    private static SoldeOrientation Solde(
        PartOrientation p,
        EtatOrientation etat,
        ClasseTypologie classe,
        int assiette,
        string? epci
    )
    {
        var du = p.Part * assiette / 100m;
        var oriente = etat.Orientes(p.ReservataireId);
        // Répartition par typologie : la classe du logement doit encore être due à ce réservataire.
        var partClasse = p.PartClasse(classe);
        var typologie = partClasse is null || etat.Orientes(p.ReservataireId, classe) < du * partClasse.Value / 100m;
        return new SoldeOrientation(
            p.ReservataireId,
            p.Contingent,
            p.Nom,
            p.Part,
            du,
            oriente,
            du - oriente,
            typologie,
            p.CouvreTerritoire(epci)
        );
    }

    private static (SoldeOrientation, int)? Choisir(IEnumerable<SoldeOrientation> candidats, int palier)
    {
        var premier = candidats
            .OrderByDescending(s => s.Ecart)
            .ThenBy(s => s.Contingent)
            .ThenBy(s => s.ReservataireId ?? int.MaxValue)
            .FirstOrDefault();
        return premier is null ? null : (premier, palier);
    }

    private static string Expliquer(
        SoldeOrientation choisi,
        int palier,
        List<SoldeOrientation> soldes,
        int assiette,
        TypologieLogement typologie
    )
    {
        var raison = palier switch
        {
            1 => "le plus grand retard parmi les titulaires dont la convention couvre ce territoire et la typologie "
                + typologie,
            2 => "le plus grand retard parmi les titulaires dont la convention couvre ce territoire (la répartition "
                + "par typologie ne pouvait pas être respectée)",
            _ => "le plus grand retard, aucun titulaire en retard ne couvrant ce territoire",
        };
        var detail = string.Join(
            " ; ",
            soldes.Select(s => $"{s.Nom} {Francais.Valeur(s.Part)} % : dû {Dixieme(s.Du)}, orienté {s.Oriente}")
        );
        var texte =
            $"Proposé à {choisi.Nom} : {raison} (écart {Dixieme(choisi.Ecart)} logement sur {assiette} logements "
            + $"du flux de l'année, ce logement compris). Soldes : {detail}.";
        return texte.Length <= ConventionFlux.LongueurTexteMaximum
            ? texte
            : texte[..(ConventionFlux.LongueurTexteMaximum - 1)] + "…";
    }

    private static string Dixieme(decimal valeur) => valeur.ToString("#,0.0", Francais.Culture);
}
