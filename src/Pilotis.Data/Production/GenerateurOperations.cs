using Pilotis.Domain.Production;

namespace Pilotis.Data.Production;

/// <summary>
/// Opérations fictives mais réalistes, déterministes (même graine, mêmes opérations), placées sur des communes réelles
/// au prorata de leur population. Sert au semis de démonstration du Gard et aux bancs d'essai nationaux.
/// Le calendrier des agréments reproduit la « ruée de fin d'année » (seed 000 : deux tiers après le 1er novembre)
/// qui s'atténue les dernières années, pour que le tableau de lissage ait une tendance à montrer.
/// </summary>
public sealed class GenerateurOperations(int graine)
{
    private readonly Random _alea = new(graine);

    // Poids des mois d'agrément : avant 2025 la ruée de décembre, puis un calendrier qui se lisse.
    private static readonly int[] MoisRuee = [2, 2, 3, 3, 4, 5, 4, 1, 4, 6, 26, 40];
    private static readonly int[] MoisTransition = [4, 4, 5, 6, 7, 8, 6, 2, 7, 9, 18, 24];
    private static readonly int[] MoisLisses = [6, 7, 8, 9, 9, 9, 7, 3, 9, 10, 11, 12];

    private static readonly (Produit Produit, int Poids)[] PoidsProduits =
    [
        (Produit.Plus, 40),
        (Produit.Plai, 30),
        (Produit.Pls, 15),
        (Produit.PlaiAdapte, 5),
        (Produit.Psla, 5),
        (Produit.Brs, 5),
    ];

    private static readonly (NatureOperation Nature, int Poids, int Min, int Max)[] PoidsNatures =
    [
        (NatureOperation.Neuf, 45, 8, 60),
        (NatureOperation.Vefa, 35, 6, 40),
        (NatureOperation.AcquisitionAmelioration, 14, 2, 16),
        (NatureOperation.AcquisitionSansTravaux, 4, 1, 8),
        (NatureOperation.DemolitionReconstruction, 2, 10, 50),
    ];

    private static readonly string[] Lieux =
    [
        "Les Jardins",
        "Le Clos",
        "Les Terrasses",
        "Le Mas",
        "La Garrigue",
        "Les Oliviers",
        "Le Moulin",
        "Les Cigales",
        "La Source",
        "Les Amandiers",
        "Le Cours",
        "Les Micocouliers",
        "La Fontaine",
        "Les Vignes",
        "Le Parc",
        "Les Lauriers",
    ];

    private static readonly string[] Voies =
    [
        "rue de la République",
        "avenue Jean-Jaurès",
        "chemin des Oliviers",
        "route d'Uzès",
        "boulevard Gambetta",
        "rue Victor-Hugo",
        "chemin du Mas",
        "allée des Pins",
    ];

    /// <param name="communes">Communes candidates avec leur population.</param>
    /// <param name="bailleurs">Identifiants des bailleurs maîtres d'ouvrage.</param>
    /// <param name="prefixe">Préfixe des numéros (les bancs d'essai évitent ainsi ceux de la démonstration).</param>
    /// <param name="aujourdhui">Ce qui est après cette date n'est pas encore arrivé (agrément, chantier…).</param>
    public IEnumerable<Operation> Generer(
        IReadOnlyList<CommuneGeneree> communes,
        IReadOnlyList<int> bailleurs,
        int nombre,
        int premiereAnnee,
        int derniereAnnee,
        DateOnly aujourdhui,
        DateTimeOffset creeeLe,
        string prefixe = ""
    )
    {
        ArgumentNullException.ThrowIfNull(communes);
        ArgumentNullException.ThrowIfNull(bailleurs);
        var cumul = new long[communes.Count];
        long total = 0;
        for (var i = 0; i < communes.Count; i++)
        {
            total += Math.Max(communes[i].Population, 1);
            cumul[i] = total;
        }
        var sequences = new Dictionary<(string, int), int>();
        for (var n = 0; n < nombre; n++)
        {
            var tirage = (long)(_alea.NextDouble() * total);
            var indice = Array.BinarySearch(cumul, tirage + 1);
            var commune = communes[indice >= 0 ? indice : ~indice];
            var annee = premiereAnnee + _alea.Next(derniereAnnee - premiereAnnee + 1);
            var cle = (commune.DepartementCode, annee);
            var sequence = sequences[cle] = sequences.GetValueOrDefault(cle) + 1;
            yield return Une(
                commune,
                bailleurs[_alea.Next(bailleurs.Count)],
                annee,
                $"{prefixe}{commune.DepartementCode}-{annee}-{sequence:0000}",
                aujourdhui,
                creeeLe
            );
        }
    }

    private Operation Une(
        CommuneGeneree commune,
        int bailleur,
        int annee,
        string numero,
        DateOnly aujourdhui,
        DateTimeOffset creeeLe
    )
    {
        var (nature, _, min, max) = Tirer(PoidsNatures, n => n.Poids);
        var logements = min + _alea.Next(max - min + 1);
        var operation = new Operation
        {
            Numero = numero,
            // « tranche B » : une lettre seule en fin de nom se lisait comme un nom coupé.
            Nom = $"{Lieux[_alea.Next(Lieux.Length)]}, tranche {(char)('A' + _alea.Next(8))}",
            BailleurId = bailleur,
            CommuneCode = commune.Code,
            EpciSiren = commune.EpciSiren,
            DepartementCode = commune.DepartementCode,
            RegionCode = commune.RegionCode,
            Adresse = $"{1 + _alea.Next(120)} {Voies[_alea.Next(Voies.Length)]}",
            Nature = nature,
            AnneeProgrammation = annee,
            CreeeLe = creeeLe,
            ModifieeLe = creeeLe,
        };
        RemplirLots(operation, logements);
        RemplirCoutEtFinancement(operation);

        var poids =
            annee <= 2024 ? MoisRuee
            : annee == 2025 ? MoisTransition
            : MoisLisses;
        var mois = 1 + TirerIndice(poids);
        operation.MoisAgrementPrevu = mois;
        var agrement = new DateOnly(annee, mois, 1 + _alea.Next(DateTime.DaysInMonth(annee, mois)));
        // Dépôt trois à neuf mois avant l'agrément, complétude entre les deux.
        var depot = agrement.AddDays(-(90 + _alea.Next(180)));
        var complet = depot.AddDays((agrement.DayNumber - depot.DayNumber) * (30 + _alea.Next(50)) / 100);
        operation.FoncierMaitrise = true;
        operation.Permis = nature is NatureOperation.Neuf or NatureOperation.DemolitionReconstruction
            ? EtatPermis.PurgeDeRecours
            : EtatPermis.SansObjet;
        operation.FinancementBoucle = true;

        if (_alea.Next(100) < 5)
        {
            // ≈ 12 % des agréments sont annulés plus tard (DOMAIN §2) ; une part est annulée avant.
            operation.Statut = StatutOperation.Annulee;
            operation.DateDepot = depot <= aujourdhui ? depot : null;
            operation.Motif = "Opération abandonnée (démonstration)";
            return operation;
        }
        if (agrement <= aujourdhui)
        {
            Agreer(operation, depot, complet, agrement, aujourdhui);
        }
        else
        {
            Programmer(operation, depot, complet, agrement, aujourdhui);
        }
        return operation;
    }

    private void Agreer(Operation o, DateOnly depot, DateOnly complet, DateOnly agrement, DateOnly aujourdhui)
    {
        o.DateDepot = depot;
        o.CompletudeAuDepot = Math.Round(0.5m + (decimal)_alea.NextDouble() * 0.5m, 4);
        o.DateDossierComplet = complet;
        o.DateAgrement = agrement;
        foreach (var lot in o.Lots)
            lot.DateAgrement = agrement;
        o.Statut =
            aujourdhui.DayNumber - agrement.DayNumber < 45 ? StatutOperation.AValiderChorus : StatutOperation.Engagee;
        var chantier = agrement.AddDays(120 + _alea.Next(300));
        if (chantier > aujourdhui || o.Statut == StatutOperation.AValiderChorus)
            return;
        o.DateOuvertureChantier = chantier;
        o.Statut = StatutOperation.Acompte;
        var livraison = chantier.AddDays(540 + _alea.Next(360));
        if (livraison > aujourdhui)
            return;
        o.DateLivraison = livraison;
        var miseEnService = livraison.AddDays(15 + _alea.Next(45));
        if (miseEnService <= aujourdhui)
            o.DateMiseEnService = miseEnService;
        o.Statut =
            aujourdhui.DayNumber - livraison.DayNumber > 365
                ? StatutOperation.Cloturee
                : StatutOperation.ClotureEnCours;
    }

    private void Programmer(Operation o, DateOnly depot, DateOnly complet, DateOnly agrement, DateOnly aujourdhui)
    {
        var moisAvant = ((agrement.Year - aujourdhui.Year) * 12) + agrement.Month - aujourdhui.Month;
        // Maturité : plus l'agrément est loin, moins le foncier, le permis et le financement sont acquis.
        var travaux = o.Nature is NatureOperation.Neuf or NatureOperation.DemolitionReconstruction;
        o.FoncierMaitrise = moisAvant <= 6 || _alea.Next(100) < 55;
        if (travaux)
        {
            o.Permis =
                moisAvant <= 2 ? EtatPermis.PurgeDeRecours
                : moisAvant <= 6 ? (_alea.Next(100) < 70 ? EtatPermis.Obtenu : EtatPermis.Depose)
                : (EtatPermis)_alea.Next(3);
        }
        o.FinancementBoucle = moisAvant <= 3 || _alea.Next(100) < 35;
        if (depot > aujourdhui)
        {
            o.Statut = _alea.Next(2) == 0 ? StatutOperation.BrouillonCree : StatutOperation.BrouillonATransmettre;
            return;
        }
        o.DateDepot = depot;
        o.CompletudeAuDepot = Math.Round(0.4m + (decimal)_alea.NextDouble() * 0.6m, 4);
        if (complet > aujourdhui)
        {
            o.Statut = _alea.Next(2) == 0 ? StatutOperation.Transmise : StatutOperation.ProgrammeeCompletudeInstructeur;
            return;
        }
        o.DateDossierComplet = complet;
        o.Statut =
            moisAvant <= 1 ? StatutOperation.AAgreer
            : moisAvant <= 2 ? StatutOperation.AApprouver
            : StatutOperation.ProgrammeeComplet;
    }

    private void RemplirLots(Operation o, int logements)
    {
        var nombreLots = logements < 4 ? 1 : 1 + _alea.Next(Math.Min(3, logements / 3));
        var produits = new List<Produit>();
        while (produits.Count < nombreLots)
        {
            var p = Tirer(PoidsProduits, x => x.Poids).Produit;
            if (!produits.Contains(p))
                produits.Add(p);
        }
        var restant = logements;
        for (var i = 0; i < produits.Count; i++)
        {
            var part = i == produits.Count - 1 ? restant : Math.Max(1, restant * (40 + _alea.Next(30)) / 100);
            part = Math.Min(part, restant - (produits.Count - 1 - i));
            restant -= part;
            var lot = new Lot { Produit = produits[i], NombreLogements = part };
            Ventiler(lot);
            lot.SurfaceHabitable = Math.Round(part * (55m + _alea.Next(20)), 2);
            lot.SurfaceAnnexes = Math.Round(part * (4m + _alea.Next(9)), 2);
            lot.LoyerM2 = lot.Produit switch
            {
                Produit.Plai or Produit.PlaiAdapte => 5.40m + _alea.Next(40) / 100m,
                Produit.Plus => 6.05m + _alea.Next(45) / 100m,
                Produit.Pls => 8.90m + _alea.Next(90) / 100m,
                _ => null,
            };
            o.Lots.Add(lot);
        }
    }

    private void Ventiler(Lot lot)
    {
        // T1 10 %, T2 30 %, T3 35 %, T4 20 %, T5 et plus 5 % (profil courant de la production récente).
        int[] poids = [10, 30, 35, 20, 4, 1];
        var t = new int[6];
        for (var i = 0; i < lot.NombreLogements; i++)
            t[TirerIndice(poids)]++;
        (lot.T1, lot.T2, lot.T3, lot.T4, lot.T5, lot.T6) = (t[0], t[1], t[2], t[3], t[4], t[5]);
    }

    private void RemplirCoutEtFinancement(Operation o)
    {
        var sh = o.Lots.Sum(l => l.SurfaceHabitable);
        o.CoutBatiment = Math.Round(sh * (1650m + _alea.Next(550)), 0);
        o.ChargeFonciere = Math.Round(sh * (220m + _alea.Next(260)), 0);
        o.Honoraires = Math.Round(o.CoutBatiment * 0.12m, 0);
        o.Vrd = Math.Round(o.CoutBatiment * (0.02m + _alea.Next(3) / 100m), 0);
        var cout = o.PrixDeRevient;

        var unites = o.Lots.ToDictionary(l => l.Produit, l => l.NombreLogements);
        var etat =
            unites.GetValueOrDefault(Produit.Plai) * 9_500m
            + unites.GetValueOrDefault(Produit.PlaiAdapte) * 16_000m
            + unites.GetValueOrDefault(Produit.Plus) * 600m;
        var lignes = new List<LigneFinancement>();
        void Ajouter(TypeFinancement type, decimal montant, string? financeur = null)
        {
            if (montant > 0)
                lignes.Add(
                    new LigneFinancement
                    {
                        Type = type,
                        Montant = Math.Round(montant, 0),
                        Financeur = financeur,
                    }
                );
        }
        Ajouter(TypeFinancement.SubventionEtat, etat);
        if (_alea.Next(2) == 0)
            Ajouter(TypeFinancement.SubventionEpci, o.NombreLogements * 2_000m);
        if (_alea.Next(3) == 0)
            Ajouter(TypeFinancement.SubventionDepartement, o.NombreLogements * 1_500m, "Département du Gard");
        if (_alea.Next(4) == 0)
            Ajouter(TypeFinancement.ActionLogement, cout * 0.05m, "Action Logement Services");
        Ajouter(TypeFinancement.FondsPropres, cout * (0.08m + _alea.Next(8) / 100m));
        var reste = cout - lignes.Sum(l => l.Montant);
        var foncier = Math.Round(Math.Min(o.ChargeFonciere * 0.8m, reste * 0.2m), 0);
        Ajouter(TypeFinancement.PretCdcFoncier, foncier, "Banque des Territoires");
        reste = cout - lignes.Sum(l => l.Montant);
        var locatifs = o.Lots.Where(l => !l.Produit.EstAccession()).Sum(l => l.NombreLogements);
        if (locatifs == 0)
        {
            Ajouter(TypeFinancement.AutrePret, reste, "Prêt accession sociale");
        }
        else
        {
            // Le dernier prêt absorbe l'arrondi : le plan équilibre le prix de revient à l'euro près.
            var produitsPret = o.Lots.Where(l => !l.Produit.EstAccession()).ToList();
            for (var i = 0; i < produitsPret.Count; i++)
            {
                var type = produitsPret[i].Produit switch
                {
                    Produit.Plai or Produit.PlaiAdapte => TypeFinancement.PretCdcPlai,
                    Produit.Plus => TypeFinancement.PretCdcPlus,
                    _ => TypeFinancement.PretCdcPls,
                };
                var montant =
                    i == produitsPret.Count - 1
                        ? cout - lignes.Sum(l => l.Montant)
                        : Math.Round(reste * produitsPret[i].NombreLogements / locatifs, 0);
                Ajouter(type, montant, "Banque des Territoires");
            }
        }
        o.Financements.AddRange(lignes);
    }

    private T Tirer<T>(IReadOnlyList<T> elements, Func<T, int> poids)
    {
        var total = elements.Sum(poids);
        var tirage = _alea.Next(total);
        foreach (var e in elements)
        {
            tirage -= poids(e);
            if (tirage < 0)
                return e;
        }
        return elements[^1];
    }

    private int TirerIndice(int[] poids)
    {
        var tirage = _alea.Next(poids.Sum());
        for (var i = 0; i < poids.Length; i++)
        {
            tirage -= poids[i];
            if (tirage < 0)
                return i;
        }
        return poids.Length - 1;
    }
}
