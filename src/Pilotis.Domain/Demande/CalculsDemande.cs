namespace Pilotis.Domain.Demande;

/// <summary>Unités de consommation, catégorie et produits éligibles d'une demande (DOMAIN §4, §4.1).</summary>
public static class CalculsDemande
{
    /// <summary>
    /// Échelle OCDE modifiée : 1 pour le premier adulte, 0,5 par autre personne de 14 ans ou plus, 0,3 par enfant
    /// de moins de 14 ans (DOMAIN §4). Le « premier adulte » est la première personne de 14 ans ou plus ; un ménage
    /// sans personne de 14 ans ou plus (cas impossible pour une demande valide) compte 1 pour la première personne.
    /// L'âge de 14 ans est celui de <see cref="ParametresLegauxDemande"/> en vigueur à <paramref name="date"/>.
    /// </summary>
    public static decimal UnitesConsommation(IReadOnlyCollection<MembreMenage> membres, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(membres);
        if (membres.Count == 0)
            return 0m;
        var ageAdulte = ParametresLegauxDemande.EnVigueur(date).AgeAdulteUc;
        var adultes = membres.Count(m => m.Age >= ageAdulte);
        var enfants = membres.Count - adultes;
        if (adultes == 0)
            return 1m + (enfants - 1) * 0.3m;
        return 1m + (adultes - 1) * 0.5m + enfants * 0.3m;
    }

    /// <summary>Ressources annuelles (mensuelles × 12) divisées par les UC, arrondies à l'euro ; 0 sans UC.</summary>
    public static decimal RessourcesParUc(decimal ressourcesMensuelles, decimal unitesConsommation) =>
        unitesConsommation <= 0
            ? 0m
            : Math.Round(ressourcesMensuelles * 12m / unitesConsommation, 0, MidpointRounding.AwayFromZero);

    /// <summary>Catégorie de ménage (arrêté du 29 juillet 1987) à partir des membres déclarés.</summary>
    public static CategorieMenage Categorie(IReadOnlyCollection<MembreMenage> membres, bool jeuneCouple)
    {
        ArgumentNullException.ThrowIfNull(membres);
        var personnes = Math.Max(1, membres.Count);
        var aCharge = Math.Min(membres.Count(m => m.ACharge), personnes - 1);
        return CategorieMenage.Determiner(
            personnes,
            aCharge,
            jeuneCouple && personnes - aCharge >= 2,
            membres.Any(m => m.Handicap)
        );
    }

    /// <summary>Produits dont le plafond (même année, même géographie) est au moins égal au revenu fiscal de
    /// référence.</summary>
    public static ProduitsEligibles Eligibles(
        decimal revenuFiscalReference,
        CategorieMenage categorie,
        IEnumerable<PlafondsRessources> plafonds
    )
    {
        var resultat = ProduitsEligibles.Aucun;
        foreach (
            var produit in Eligibilite
                .Evaluer(Math.Max(0, revenuFiscalReference), categorie, plafonds)
                .Produits.Where(p => p.Eligible)
        )
        {
            resultat |= produit.Produit switch
            {
                ProduitLogement.Plai => ProduitsEligibles.Plai,
                ProduitLogement.Plus => ProduitsEligibles.Plus,
                _ => ProduitsEligibles.Pls,
            };
        }
        return resultat;
    }

    /// <summary>
    /// Recalcule les colonnes dérivées d'une demande : composition,
    /// catégorie, UC, ressources par UC, ressources retenues, produits éligibles
    /// (avec les plafonds de l'année et de la géographie de sa première commune souhaitée), premier choix et son EPCI,
    /// fin de validité. <paramref name="epciDeCommune"/> donne l'EPCI d'une commune (null hors EPCI).
    /// </summary>
    public static void Actualiser(
        DemandeLogement demande,
        IEnumerable<PlafondsRessources> plafondsAnneeGeographie,
        Func<string, string?> epciDeCommune
    )
    {
        ArgumentNullException.ThrowIfNull(demande);
        ArgumentNullException.ThrowIfNull(epciDeCommune);
        // Une demande purgée n'a plus de membres : sa composition
        // chiffrée, gardée pour les statistiques, ne bouge plus.
        if (!demande.EstPurgee)
        {
            var membres = demande.Membres;
            demande.NombrePersonnes = membres.Count;
            demande.PersonnesACharge = membres.Count(m => m.ACharge);
            demande.Handicap = membres.Any(m => m.Handicap);
            var categorie = Categorie(membres, demande.JeuneCouple);
            demande.Categorie = categorie.Categorie + categorie.PersonnesSupplementaires;
            // La composition est celle déclarée au dépôt ou au dernier renouvellement.
            demande.UnitesConsommation = UnitesConsommation(membres, demande.DateRenouvellement ?? demande.DateDepot);
            demande.RessourcesParUc = RessourcesParUc(demande.RessourcesMensuelles, demande.UnitesConsommation);
            // Ressources retenues : N−2, ou N−1 / douze derniers mois quand l'arrêté du 29 juillet 1987 l'admet.
            demande.RessourcesRetenues = ChoixRessources.Retenir(DeclarationRessources.De(demande)).Montant;
            demande.ProduitsEligibles = Eligibles(demande.RessourcesRetenues, categorie, plafondsAnneeGeographie);
        }
        var premiere = demande.Communes.OrderBy(c => c.Rang).FirstOrDefault();
        demande.CommunePrincipaleCode = premiere?.CommuneCode;
        demande.EpciSiren = premiere is null ? null : epciDeCommune(premiere.CommuneCode);
        demande.DateFinValidite = EcheancesDemande.FinValidite(demande.DateDepot, demande.DateRenouvellement);
    }

    /// <summary>Catégorie enregistrée (colonne <see cref="DemandeLogement.Categorie"/> : 7 = catégorie 6 + 1 personne…)
    /// relue en catégorie de barème.</summary>
    public static CategorieMenage CategorieEnregistree(int categorie) =>
        categorie <= CategorieMenage.DerniereCategorie
            ? new CategorieMenage(Math.Max(1, categorie), 0)
            : new CategorieMenage(CategorieMenage.DerniereCategorie, categorie - CategorieMenage.DerniereCategorie);
}
