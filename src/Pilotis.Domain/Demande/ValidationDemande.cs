using System.Numerics;
using Pilotis.Domain.Sru;

namespace Pilotis.Domain.Demande;

/// <summary>
/// Contrôles d'une demande avant écriture (formulaire d'un guichet, ligne d'import) : chaque problème est rapporté
/// avec son champ et un message en français. Les communes sont vérifiées par <paramref name="communeConnue"/>.
/// </summary>
public static class ValidationDemande
{
    public const int CommunesSouhaiteesMaximum = 5;
    public const int AgeMaximum = 120;

    /// <summary>Un demandeur est majeur ou mineur émancipé (CCH R441-1) : 16 ans au moins.</summary>
    public const int AgeMinimumDemandeur = 16;

    /// <summary>Jeune couple : la somme des âges des deux conjoints ne dépasse pas 55 ans (arrêté du 29 juillet
    /// 1987).</summary>
    public const int SommeAgesJeuneCoupleMaximum = 55;

    /// <summary>Bornes de vraisemblance (pas des seuils légaux) : au-delà, c'est une erreur de saisie.</summary>
    public const decimal RevenuMaximum = 10_000_000m;
    public const decimal RessourcesMensuellesMaximum = 1_000_000m;
    public static readonly DateOnly DepotMinimum = new(1990, 1, 1);

    public static IReadOnlyList<ErreurChamp> Valider(
        DemandeLogement d,
        DateOnly aujourdhui,
        Func<string, bool> communeConnue
    )
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(communeConnue);
        var erreurs = new List<ErreurChamp>();
        void Ajouter(string champ, string message) => erreurs.Add(new(champ, message));
        // Les erreurs sont rapportées dans l'ordre du formulaire : l'ordre des étapes compte.
        ValiderIdentite(d, Ajouter);
        if (!d.EstPurgee)
            ValiderMenage(d, Ajouter);
        ValiderRessources(d, Ajouter);
        ValiderCommunes(d, communeConnue, Ajouter);
        ValiderTypologiesEtDates(d, aujourdhui, Ajouter);
        ValiderStatut(d, aujourdhui, communeConnue, Ajouter);
        return erreurs;
    }

    private static void ValiderIdentite(DemandeLogement d, Action<string, string> erreur)
    {
        if (string.IsNullOrWhiteSpace(d.NumeroUnique))
            erreur(ChampsDemande.NumeroUnique, "Le numéro unique est obligatoire.");
        else if (d.NumeroUnique.Length > DemandeLogement.LongueurNumeroUniqueMaximum)
            erreur(
                ChampsDemande.NumeroUnique,
                $"Le numéro unique ne peut pas dépasser {DemandeLogement.LongueurNumeroUniqueMaximum} caractères."
            );
        else if (d.NumeroUnique.Any(char.IsControl))
            erreur(ChampsDemande.NumeroUnique, "Le numéro unique contient des caractères invalides.");
        if (string.IsNullOrWhiteSpace(d.DepartementCode))
            erreur(ChampsDemande.Departement, "Le département est obligatoire.");
    }

    private static void ValiderRessources(DemandeLogement d, Action<string, string> erreur)
    {
        if (d.RevenuFiscalReference < 0)
            erreur(ChampsDemande.RevenuFiscalReference, "Le revenu fiscal de référence ne peut pas être négatif.");
        else if (d.RevenuFiscalReference > RevenuMaximum)
            erreur(
                ChampsDemande.RevenuFiscalReference,
                "Le revenu fiscal de référence est invraisemblable (plus de 10 millions d'euros)."
            );
        if (d.RessourcesMensuelles < 0)
            erreur(ChampsDemande.RessourcesMensuelles, "Les ressources mensuelles ne peuvent pas être négatives.");
        else if (d.RessourcesMensuelles > RessourcesMensuellesMaximum)
            erreur(
                ChampsDemande.RessourcesMensuelles,
                "Les ressources mensuelles sont invraisemblables (plus d'un million d'euros)."
            );
        ChoixRessources.Valider(DeclarationRessources.De(d), erreur);
    }

    private static void ValiderCommunes(
        DemandeLogement d,
        Func<string, bool> communeConnue,
        Action<string, string> erreur
    )
    {
        if (d.CommuneResidenceCode is { } residence && !communeConnue(residence))
            erreur(
                ChampsDemande.CommuneResidence,
                $"Commune de résidence inconnue : « {Francais.Extrait(residence)} » (code INSEE attendu)."
            );
        if (d.CommuneTravailCode is { } travail && !communeConnue(travail))
            erreur(
                ChampsDemande.CommuneTravail,
                $"Commune de travail inconnue : « {Francais.Extrait(travail)} » (code INSEE attendu)."
            );

        if (d.Communes.Count == 0)
            erreur(ChampsDemande.Communes, "Indiquez au moins une commune souhaitée.");
        else if (d.Communes.Count > CommunesSouhaiteesMaximum)
            erreur(ChampsDemande.Communes, $"Au plus {CommunesSouhaiteesMaximum} communes souhaitées.");
        else
        {
            var inconnues = d.Communes.Select(c => c.CommuneCode).Where(c => !communeConnue(c)).ToArray();
            if (inconnues.Length > 0)
                erreur(
                    ChampsDemande.Communes,
                    "Commune souhaitée inconnue : "
                        + string.Join(", ", inconnues.Select(c => $"« {Francais.Extrait(c)} »"))
                        + " (code INSEE attendu)."
                );
            else if (d.Communes.Select(c => c.CommuneCode).Distinct(StringComparer.Ordinal).Count() != d.Communes.Count)
                erreur(ChampsDemande.Communes, "Une commune souhaitée est indiquée deux fois.");
        }
    }

    private static void ValiderTypologiesEtDates(DemandeLogement d, DateOnly aujourdhui, Action<string, string> erreur)
    {
        if (BitOperations.PopCount((uint)d.TypologiePrincipale) != 1)
            erreur(ChampsDemande.TypologiePrincipale, "Choisissez une typologie principale (T1 à T6 et plus).");
        else if (!d.TypologiesSouhaitees.HasFlag(d.TypologiePrincipale))
            erreur(ChampsDemande.Typologies, "La typologie principale doit faire partie des typologies acceptées.");

        if (d.DateDepot > aujourdhui)
            erreur(ChampsDemande.DateDepot, "La date de dépôt ne peut pas être dans le futur.");
        else if (d.DateDepot < DepotMinimum)
            erreur(ChampsDemande.DateDepot, $"La date de dépôt doit être postérieure au {DepotMinimum:dd/MM/yyyy}.");
        if (d.DateRenouvellement is { } renouvellement)
        {
            if (renouvellement < d.DateDepot)
                erreur(ChampsDemande.DateRenouvellement, "Le renouvellement ne peut pas précéder le dépôt.");
            else if (renouvellement > aujourdhui)
                erreur(ChampsDemande.DateRenouvellement, "La date de renouvellement ne peut pas être dans le futur.");
        }
    }

    private static void ValiderStatut(
        DemandeLogement d,
        DateOnly aujourdhui,
        Func<string, bool> communeConnue,
        Action<string, string> erreur
    )
    {
        // La commune du logement attribué fait la pression par
        // commune : elle n'a de sens que pour une demande satisfaite.
        if (d.Statut != StatutDemande.Satisfaite && !string.IsNullOrWhiteSpace(d.CommuneAttributionCode))
        {
            erreur(
                ChampsDemande.CommuneAttribution,
                "Seule une demande satisfaite (radiée pour attribution) a une commune d'attribution."
            );
        }
        if (d.Statut == StatutDemande.Active)
        {
            if (d.DateRadiation is not null || d.MotifRadiation is not null)
                erreur(ChampsDemande.Statut, "Une demande active n'a ni date ni motif de radiation.");
        }
        else
        {
            if (d.DateRadiation is null)
                erreur(ChampsDemande.DateRadiation, "Indiquez la date de radiation.");
            else if (d.DateRadiation < d.DateDepot || d.DateRadiation > aujourdhui)
                erreur(ChampsDemande.DateRadiation, "La date de radiation doit être entre le dépôt et aujourd'hui.");
            if (d.Statut == StatutDemande.Satisfaite && d.MotifRadiation is not null and not MotifRadiation.Attribution)
                erreur(ChampsDemande.Statut, "Une demande satisfaite est radiée pour attribution.");
            if (d.Statut == StatutDemande.Radiee && d.MotifRadiation is null or MotifRadiation.Attribution)
                erreur(
                    ChampsDemande.Statut,
                    "Indiquez le motif de radiation (une attribution rend la demande satisfaite)."
                );
            if (d.Statut == StatutDemande.Satisfaite)
            {
                if (string.IsNullOrWhiteSpace(d.CommuneAttributionCode))
                    erreur(ChampsDemande.CommuneAttribution, "Indiquez la commune du logement attribué.");
                else if (!communeConnue(d.CommuneAttributionCode))
                    erreur(
                        ChampsDemande.CommuneAttribution,
                        $"Commune d'attribution inconnue : « {Francais.Extrait(d.CommuneAttributionCode)} »."
                    );
            }
        }
    }

    private static void ValiderMenage(DemandeLogement d, Action<string, string> erreur)
    {
        var membres = d.Membres;
        if (membres.Count == 0)
        {
            erreur(ChampsDemande.Membres, "Le ménage compte au moins une personne : le demandeur.");
            return;
        }
        if (membres.Count > ValidationEligibilite.PersonnesMaximum)
        {
            erreur(
                ChampsDemande.Membres,
                $"Le ménage ne peut pas compter plus de {ValidationEligibilite.PersonnesMaximum} personnes."
            );
        }
        var demandeurs = membres.Count(m => m.Lien == LienMembre.Demandeur);
        if (demandeurs != 1)
            erreur(ChampsDemande.Membres, "Le ménage compte exactement un demandeur.");
        if (membres.Count(m => m.Lien == LienMembre.ConjointOuCoDemandeur) > 1)
            erreur(ChampsDemande.Membres, "Le ménage compte au plus un conjoint ou codemandeur.");
        for (var i = 0; i < membres.Count; i++)
        {
            var m = membres[i];
            if (m.Age < 0 || m.Age > AgeMaximum)
                erreur(
                    ChampsDemande.Membre(i, "age"),
                    $"Personne {i + 1} : l'âge doit être compris entre 0 et {AgeMaximum} ans."
                );
            else if (m.Lien == LienMembre.Demandeur && m.Age < AgeMinimumDemandeur)
                erreur(
                    ChampsDemande.Membre(i, "age"),
                    $"Le demandeur doit avoir au moins {AgeMinimumDemandeur} ans (majeur ou mineur émancipé)."
                );
            if (m.Lien == LienMembre.Demandeur && m.ACharge)
                erreur(ChampsDemande.Membre(i, "aCharge"), "Le demandeur ne peut pas être à sa propre charge.");
        }
        if (membres.Count(m => m.ACharge) >= membres.Count)
            erreur(ChampsDemande.Membres, "Au moins une personne du ménage n'est pas à charge.");
        if (d.JeuneCouple)
        {
            var couple = membres
                .Where(m => m.Lien is LienMembre.Demandeur or LienMembre.ConjointOuCoDemandeur)
                .ToArray();
            if (couple.Length != 2)
                erreur(ChampsDemande.JeuneCouple, "Un jeune couple compte un demandeur et son conjoint.");
            else if (couple.Sum(m => m.Age) > SommeAgesJeuneCoupleMaximum)
                erreur(
                    ChampsDemande.JeuneCouple,
                    $"Jeune couple : la somme des âges des conjoints ne doit pas dépasser "
                        + $"{SommeAgesJeuneCoupleMaximum} ans."
                );
        }
    }
}
