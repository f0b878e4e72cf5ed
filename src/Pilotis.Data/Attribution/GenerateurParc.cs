using System.Text;
using Pilotis.Data.Demande;
using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution;

/// <summary>
/// Générateur déterministe d'un parc social fictif sur les communes réelles, pondéré par la population (même graine,
/// même parc) : semis de démonstration du Gard (≈ 3 000 logements) et fichier national du banc (5,3 millions, ordre de
/// grandeur du RPLS). Les identifiants commencent par « FICT » et les adresses sont inventées : rien n'y est réel
/// que la commune. Les logements sont rendus un à un (mémoire constante).
/// </summary>
public sealed class GenerateurParc(int graine)
{
    /// <summary>Ordre de grandeur du parc social de France (RPLS au 1er janvier 2024 : 5,3 millions).</summary>
    public const int NombreNational = 5_300_000;

    // Part des typologies dans le parc social (RPLS) : T1 8 %, T2 22 %, T3 37 %, T4 25 %, T5 6 %, T6 et plus 2 %.
    private static readonly (TypologieLogement Typologie, int Pourmille, int SurfaceMin, int SurfaceMax)[] Typologies =
    [
        (TypologieLogement.T1, 80, 22, 36),
        (TypologieLogement.T2, 220, 40, 55),
        (TypologieLogement.T3, 370, 57, 72),
        (TypologieLogement.T4, 250, 72, 88),
        (TypologieLogement.T5, 60, 86, 105),
        (TypologieLogement.T6Plus, 20, 100, 130),
    ];

    // Loyer au m² autour de 5 à 7 € selon le financement (plafonds de loyer des conventions APL).
    private static readonly Dictionary<FinancementOrigine, decimal> LoyerAuM2 = new()
    {
        [FinancementOrigine.AncienRegime] = 5.0m,
        [FinancementOrigine.Plai] = 5.3m,
        [FinancementOrigine.PlaiAdapte] = 5.0m,
        [FinancementOrigine.Plus] = 6.0m,
        [FinancementOrigine.Pls] = 7.0m,
        [FinancementOrigine.Pli] = 7.4m,
    };

    private static readonly string[] Voies = ["rue", "avenue", "chemin", "impasse", "allée", "boulevard", "place"];

    private static readonly string[] Noms =
    [
        "des Micocouliers",
        "des Cigales",
        "des Garrigues",
        "des Oliviers",
        "du Mistral",
        "des Lauriers-Roses",
        "des Amandiers",
        "de la Source",
        "des Capitelles",
        "du Moulin",
        "des Tilleuls",
        "des Vignes",
        "de la Treille",
        "des Arènes",
        "du Lavoir",
        "des Romarins",
        "des Platanes",
        "de la Fontaine",
        "des Mûriers",
        "du Castellas",
        "des Félibres",
        "des Cyprès",
        "de la Magnanerie",
        "des Pins",
    ];

    private readonly Random _alea = new(graine);

    /// <param name="communes">Communes où placer les logements (pondérées par leur population).</param>
    /// <param name="bailleurs">Bailleurs d'une commune (identifiant et poids), selon son département.</param>
    /// <param name="aQpv">La commune a-t-elle au moins un QPV (attribut de la commune) ?</param>
    public IEnumerable<Logement> Generer(
        IReadOnlyList<CommunePeuplee> communes,
        int nombre,
        Func<CommunePeuplee, IReadOnlyList<(int Id, int Poids)>> bailleurs,
        Func<string, bool> aQpv,
        string prefixe,
        int anneeCourante
    )
    {
        ArgumentNullException.ThrowIfNull(communes);
        ArgumentNullException.ThrowIfNull(bailleurs);
        ArgumentNullException.ThrowIfNull(aQpv);
        var cumul = new long[communes.Count];
        long total = 0;
        for (var i = 0; i < communes.Count; i++)
            cumul[i] = total += communes[i].Population;
        for (var n = 1; n <= nombre; n++)
        {
            var tirage = (long)(_alea.NextDouble() * total);
            var indice = Array.BinarySearch(cumul, tirage + 1);
            var commune = communes[indice >= 0 ? indice : ~indice];
            yield return Logement(
                commune,
                Choisir(bailleurs(commune)),
                aQpv(commune.Code),
                $"{prefixe}{n:D8}",
                anneeCourante
            );
        }
    }

    private int Choisir(IReadOnlyList<(int Id, int Poids)> bailleurs)
    {
        var tirage = _alea.Next(bailleurs.Sum(b => b.Poids));
        foreach (var (id, poids) in bailleurs)
        {
            if (tirage < poids)
                return id;
            tirage -= poids;
        }
        return bailleurs[^1].Id;
    }

    private Logement Logement(CommunePeuplee commune, int bailleur, bool communeQpv, string identifiant, int annee)
    {
        var t = _alea.Next(1000);
        var typo = Typologies[^1];
        foreach (var x in Typologies)
        {
            if (t < x.Pourmille)
            {
                typo = x;
                break;
            }
            t -= x.Pourmille;
        }
        var surface =
            typo.SurfaceMin + (decimal)Math.Round(_alea.NextDouble() * (typo.SurfaceMax - typo.SurfaceMin), 1);
        // Années 1955 à l'an dernier, plus de logements dans les grands ensembles des années 1960-1970.
        var construction = _alea.Next(3) == 0 ? 1960 + _alea.Next(20) : 1955 + _alea.Next(Math.Max(1, annee - 1955));
        var financement = construction < 1977 ? FinancementOrigine.AncienRegime : Financement();
        var loyer = Math.Round(surface * LoyerAuM2[financement] * (decimal)(0.92 + (_alea.NextDouble() * 0.16)), 2);
        var o = _alea.Next(100);
        return new Logement
        {
            IdentifiantRpls = identifiant,
            BailleurId = bailleur,
            CommuneCode = commune.Code,
            Adresse = $"{1 + _alea.Next(120)} {Voies[_alea.Next(Voies.Length)]} {Noms[_alea.Next(Noms.Length)]}",
            // Dans une commune qui a un QPV, une part du parc y est (plus forte dans les grands ensembles).
            EnQpv = communeQpv && _alea.Next(100) < (construction < 1980 ? 55 : 20),
            Typologie = typo.Typologie,
            Surface = surface,
            Financement = financement,
            AnneeConstruction = construction,
            LoyerMensuel = loyer,
            EtiquetteEnergie = Etiquette(construction),
            Occupation =
                o < 3 ? EtatOccupation.Vacant
                : o < 4 ? EtatOccupation.HorsLocation
                : EtatOccupation.Occupe,
        };
    }

    private FinancementOrigine Financement() =>
        _alea.Next(100) switch
        {
            < 20 => FinancementOrigine.Plai,
            < 22 => FinancementOrigine.PlaiAdapte,
            < 80 => FinancementOrigine.Plus,
            < 97 => FinancementOrigine.Pls,
            _ => FinancementOrigine.Pli,
        };

    /// <summary>Étiquette énergie plus mauvaise pour les bâtiments anciens ; 8 % non diagnostiqués.</summary>
    private char? Etiquette(int construction)
    {
        if (_alea.Next(100) < 8)
            return null;
        var base_ =
            construction >= 2012 ? 0
            : construction >= 1990 ? 2
            : construction >= 1975 ? 3
            : 4;
        return CodesParc.Etiquettes[Math.Clamp(base_ + _alea.Next(-1, 3), 0, 6)];
    }

    /// <summary>Écrit les logements au format d'import (en-tête compris) ; rend le nombre de lignes.</summary>
    public static long EcrireCsv(
        IEnumerable<Logement> logements,
        Func<int, string> sirenDuBailleur,
        Stream flux,
        IProgress<long>? progression = null
    )
    {
        ArgumentNullException.ThrowIfNull(logements);
        ArgumentNullException.ThrowIfNull(sirenDuBailleur);
        using var ecrivain = new StreamWriter(flux, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        ecrivain.WriteLine(FormatLogements.Entete);
        long n = 0;
        foreach (var l in logements)
        {
            ecrivain.WriteLine(FormatLogements.Ligne(l, sirenDuBailleur(l.BailleurId)));
            if (++n % 100_000 == 0)
                progression?.Report(n);
        }
        progression?.Report(n);
        return n;
    }
}
