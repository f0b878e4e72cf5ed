namespace Pilotis.Domain.Annuaire;

/// <summary>
/// Les thèmes sur lesquels chaque type d'organisation doit nommer un référent : ils fondent l'indicateur
/// d'exhaustivité de l'annuaire (seed 001, solution 9). Chaque ligne suit la compétence de l'acteur.
/// </summary>
public static class ThemesAttendus
{
    public static IReadOnlyList<ThemeReferent> Pour(TypeOrganisation type) =>
        type switch
        {
            // L'État : agrément (CCH D331-1), SRU (L302-5), contingent préfectoral (L441-1), information.
            TypeOrganisation.Ddtm =>
            [
                ThemeReferent.Production,
                ThemeReferent.Sru,
                ThemeReferent.Attribution,
                ThemeReferent.Financement,
                ThemeReferent.InformationPublic,
            ],
            TypeOrganisation.Dreal => [ThemeReferent.Production, ThemeReferent.Financement],
            // L'EPCI : PLH (L302-1), plan partenarial et cotation (L441-2-8), CIA (L441-1-6), foncier.
            TypeOrganisation.Epci =>
            [
                ThemeReferent.Production,
                ThemeReferent.Demande,
                ThemeReferent.Attribution,
                ThemeReferent.Foncier,
                ThemeReferent.InformationPublic,
            ],
            // La commune : SRU (L302-5), réservataire et membre de CALEOL (L441-2), urbanisme, accueil des habitants.
            TypeOrganisation.Commune =>
            [
                ThemeReferent.Sru,
                ThemeReferent.Attribution,
                ThemeReferent.Foncier,
                ThemeReferent.InformationPublic,
            ],
            // Le bailleur : maîtrise d'ouvrage, enregistrement des demandes, CALEOL (L441-2).
            TypeOrganisation.Bailleur =>
            [
                ThemeReferent.Production,
                ThemeReferent.Demande,
                ThemeReferent.Attribution,
                ThemeReferent.Caleol,
            ],
            TypeOrganisation.Reservataire => [ThemeReferent.Attribution],
            TypeOrganisation.Financeur => [ThemeReferent.Financement],
            TypeOrganisation.OperateurFoncier => [ThemeReferent.Foncier],
            _ => [],
        };
}
