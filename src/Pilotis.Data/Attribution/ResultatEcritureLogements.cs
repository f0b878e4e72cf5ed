namespace Pilotis.Data.Attribution;

/// <summary>
/// Ce qu'a écrit <see cref="EcritureMasseLogements"/> ; <see cref="Refus"/> non vide : rien n'est écrit (logements
/// déjà enregistrés hors du périmètre de l'acteur, transaction annulée).
/// </summary>
public sealed record ResultatEcritureLogements(
    long Lues,
    long Ajoutes,
    long Modifies,
    long Inchanges,
    IReadOnlyList<ErreurLigne> Refus
);
