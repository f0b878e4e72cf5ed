using Pilotis.Domain.Annuaire;

namespace Pilotis.Domain.Sru;

/// <summary>
/// Qui peut quoi sur le SRU, au-delà de la table générale <see cref="Habilitations"/> (ressource <see
/// cref="Ressource.Sru"/>).
/// La table accorde « modifier » à la DDTM (département) et à la commune (son périmètre) : la commune déclare ses
/// dépenses déductibles (CCH L302-7 al. 4, R302-16). Tout le reste (saisie et import de l'inventaire, validation des
/// dépenses, procédure de carence) est un acte de l'État (CCH L302-5 IV, L302-9-1) : réservé à la DDTM, d'où le
/// contrôle du type d'organisation en plus de la table.
/// </summary>
public static class HabilitationsSru
{
    /// <summary>Voir la situation SRU d'une commune (tableau, fiche, EPCI).</summary>
    public static bool PeutConsulter(Acteur acteur, Cible commune) =>
        Habilitations.Autorise(acteur, Ressource.Sru, Acte.Lire, commune);

    /// <summary>Déclarer une dépense déductible pour la commune (la commune elle-même, ou la DDTM pour elle).</summary>
    public static bool PeutDeclarerDepense(Acteur acteur, Cible commune) =>
        Habilitations.Autorise(acteur, Ressource.Sru, Acte.Modifier, commune);

    /// <summary>Actes de l'État : inventaire, validation ou refus des dépenses, procédure de carence.</summary>
    public static bool PeutInstruire(Acteur acteur, Cible commune) =>
        Habilitations.Autorise(acteur, Ressource.Sru, Acte.Instruire, commune);

    /// <summary>L'acteur peut-il instruire quelque part (import de l'inventaire, lien de saisie) ?</summary>
    public static bool EstInstructeur(Acteur acteur) =>
        Habilitations.PorteeAccordee(acteur, Ressource.Sru, Acte.Instruire) != Portee.Aucune;

    /// <summary>
    /// La cible d'un acte SRU sur une commune : le lieu seul, la situation SRU n'appartenant à aucune organisation.
    /// </summary>
    public static Cible Commune(string commune, string? epci, string departement, string? region) =>
        new(null, new Localisation(commune, epci, departement, region));

    /// <summary>La cible d'un acte SRU sur une commune du référentiel.</summary>
    public static Cible Commune(Pilotis.Domain.Territoire.Commune commune) =>
        Commune(commune.Code, commune.EpciSiren, commune.DepartementCode, commune.RegionCode);
}
