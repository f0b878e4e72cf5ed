namespace Pilotis.Domain.Attribution;

/// <summary>
/// Déclaration d'un logement à attribuer par son bailleur : un congé (date du congé, disponibilité prévue) ou une mise
/// en service. Le logement entre dans le flux de l'année de sa disponibilité, sauf exclusion motivée ou réservation
/// restée en stock (CCH R441-5 ; décret n° 2020-145 du 20 février 2020).
/// </summary>
public static class DeclarationDisponibilite
{
    /// <summary>Un préavis dure au plus trois mois (loi n° 89-462, art. 15) : un an laisse la marge des
    /// travaux.</summary>
    public const int JoursMaximumEntreCongeEtDisponibilite = 366;

    public static IReadOnlyList<ErreurChamp> Valider(
        Logement logement,
        bool dejaEnCoursDAttribution,
        OrigineDisponibilite origine,
        DateOnly? dateConge,
        DateOnly dateDisponibilite,
        DateOnly aujourdhui
    )
    {
        ArgumentNullException.ThrowIfNull(logement);
        var erreurs = new List<ErreurChamp>();
        if (logement.Occupation == EtatOccupation.HorsLocation)
            erreurs.Add(
                new(
                    "Logement",
                    "Ce logement est hors location (vendu, démoli ou autre usage) : il ne " + "s'attribue pas."
                )
            );
        if (dejaEnCoursDAttribution)
            erreurs.Add(
                new(
                    "Logement",
                    "Ce logement est déjà en cours d'attribution : terminez ou retirez "
                        + "l'attribution en cours avant d'en déclarer une autre."
                )
            );
        if (origine == OrigineDisponibilite.Liberation)
            ValiderConge(dateConge, dateDisponibilite, aujourdhui, erreurs);
        else if (dateConge is not null)
            erreurs.Add(new("DateConge", "Une mise en service n'a pas de date de congé."));
        if (dateDisponibilite < aujourdhui.AddYears(-1))
            erreurs.Add(new("DateDisponibilite", "La disponibilité ne peut pas remonter à plus d'un an."));
        if (dateDisponibilite > aujourdhui.AddYears(1))
            erreurs.Add(new("DateDisponibilite", "La disponibilité ne peut pas être prévue à plus d'un an."));
        return erreurs;
    }

    private static void ValiderConge(
        DateOnly? dateConge,
        DateOnly dateDisponibilite,
        DateOnly aujourdhui,
        List<ErreurChamp> erreurs
    )
    {
        if (dateConge is not DateOnly conge)
        {
            erreurs.Add(new("DateConge", "Indiquez la date du congé donné par le locataire."));
            return;
        }
        if (conge > aujourdhui)
            erreurs.Add(new("DateConge", "La date du congé ne peut pas être dans le futur."));
        if (dateDisponibilite < conge)
            erreurs.Add(new("DateDisponibilite", "La disponibilité ne peut pas précéder le congé."));
        else if (dateDisponibilite.DayNumber - conge.DayNumber > JoursMaximumEntreCongeEtDisponibilite)
            erreurs.Add(new("DateDisponibilite", "La disponibilité est à plus d'un an du congé : vérifiez les dates."));
    }

    /// <summary>Le logement à attribuer déclaré, avec la réservation en stock qui s'appliquait ce jour-là.</summary>
    public static LogementAAttribuer Creer(
        Logement logement,
        OrigineDisponibilite origine,
        DateOnly? dateConge,
        DateOnly dateDisponibilite,
        MotifExclusionFlux exclusion,
        DateTimeOffset maintenant
    )
    {
        ArgumentNullException.ThrowIfNull(logement);
        return new LogementAAttribuer
        {
            LogementId = logement.Id,
            Origine = origine,
            DateConge = dateConge,
            DateDisponibilite = dateDisponibilite,
            Exclusion = exclusion,
            ReservationNonConvertie = logement.ReservationNonConvertie,
            ReservataireId =
                logement.ReservationNonConvertie == ReservationNonConvertie.Aucune
                    ? null
                    : logement.ReservataireStockId,
            Etape = EtapeAttribution.Declare,
            DeclareLe = maintenant,
        };
    }

    /// <summary>Vrai tant que l'attribution n'est ni conclue par un bail ni retirée (aussi traduit en SQL).</summary>
    public static readonly System.Linq.Expressions.Expression<Func<EtapeAttribution, bool>> EtapeEnCours = etape =>
        etape != EtapeAttribution.BailSigne && etape != EtapeAttribution.Retire;
}
