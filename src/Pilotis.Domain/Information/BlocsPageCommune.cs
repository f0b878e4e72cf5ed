namespace Pilotis.Domain.Information;

/// <summary>Libellés et ordre d'affichage des blocs de la page publique d'une commune.</summary>
public static class BlocsPageCommune
{
    /// <summary>Les blocs dans l'ordre de la page.</summary>
    public static IReadOnlyList<BlocPageCommune> Tous { get; } =
    [
        BlocPageCommune.Deposer,
        BlocPageCommune.Eligibilite,
        BlocPageCommune.Cotation,
        BlocPageCommune.Parc,
        BlocPageCommune.Operations,
        BlocPageCommune.Sru,
        BlocPageCommune.Contacts,
    ];

    public static string Libelle(this BlocPageCommune bloc) =>
        bloc switch
        {
            BlocPageCommune.Deposer => "Où et comment déposer une demande",
            BlocPageCommune.Eligibilite => "Suis-je éligible ?",
            BlocPageCommune.Cotation => "Grille de cotation de l'intercommunalité",
            BlocPageCommune.Parc => "Le logement social dans la commune",
            BlocPageCommune.Operations => "Opérations agréées ou en cours",
            BlocPageCommune.Sru => "Situation au regard de la loi SRU",
            BlocPageCommune.Contacts => "Contacts",
            _ => bloc.ToString(),
        };

    /// <summary>Vrai quand le bloc est affiché (il n'est pas parmi les blocs masqués).</summary>
    public static bool Affiche(BlocPageCommune masques, BlocPageCommune bloc) => (masques & bloc) == 0;
}
