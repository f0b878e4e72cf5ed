namespace Pilotis.Domain.Financement;

/// <summary>
/// Une aide du catalogue : importée d'aides-territoires (champs repris tels que la source les nomme,
/// docs/formats/aides.md) ou saisie par un financeur (aide locale). Son historique est celui du journal des
/// écritures (entité « Aide »).
/// </summary>
public sealed class Aide
{
    public int Id { get; set; }

    /// <summary>L'<c>id</c> de la source (aides-territoires) ; null pour une aide saisie dans Pilotis.</summary>
    public long? IdSource { get; set; }
    public required string Slug { get; set; }
    public required string Nom { get; set; }
    public string? TitreCourt { get; set; }
    public List<string> Financeurs { get; set; } = [];
    public List<string> Instructeurs { get; set; } = [];
    public List<string> Programmes { get; set; } = [];

    /// <summary>HTML nettoyé à l'écriture (HtmlSanitizer) : jamais affiché brut tel que la source l'a donné.</summary>
    public string? Description { get; set; }
    public string? Eligibilite { get; set; }

    /// <summary>Le périmètre tel que la source l'écrit (« France », « Occitanie », « Gard », « Nîmes »).</summary>
    public string? Perimetre { get; set; }

    /// <summary>« Thème|Catégorie », comme aides-territoires.</summary>
    public List<string> Categories { get; set; } = [];
    public List<string> PublicsCibles { get; set; } = [];
    public List<string> TypesAide { get; set; } = [];
    public List<string> Destinations { get; set; } = [];
    public List<string> EtapesMobilisation { get; set; } = [];
    public bool AppelAProjets { get; set; }
    public DateOnly? DateOuverture { get; set; }
    public DateOnly? DatePreDepot { get; set; }
    public DateOnly? DateEcheance { get; set; }
    public int? TauxSubventionMin { get; set; }
    public int? TauxSubventionMax { get; set; }
    public long? MontantPret { get; set; }
    public long? MontantAvanceRemboursable { get; set; }
    public string? Recurrence { get; set; }
    public string? Contact { get; set; }
    public string? UrlOrigine { get; set; }
    public string? UrlCandidature { get; set; }
    public DateTimeOffset? DateMiseAJourSource { get; set; }

    /// <summary>Aide saisie dans Pilotis par un financeur (sinon importée du catalogue national).</summary>
    public bool Locale { get; set; }

    /// <summary>L'organisation financeur qui tient l'aide locale (null pour une aide importée).</summary>
    public int? OrganisationId { get; set; }

    /// <summary>
    /// Empreinte de ce que la source a donné (ADR 0018) : un réimport identique ne change rien. Nommée autrement que
    /// « Empreinte », que toute écriture remet à null : une aide importée n'est réécrite que par l'import.
    /// </summary>
    public long? EmpreinteSource { get; set; }

    /// <summary>
    /// Racines de recherche (ADR 0022), calculées en C# à chaque écriture et rangées en base pour que l'index se
    /// recharge sans réanalyser les textes : le nom ; catégories et titre court ; le reste (description, éligibilité,
    /// financeurs, programmes, publics, types, destinations).
    /// </summary>
    public string RacinesNom { get; set; } = "";
    public string RacinesCategories { get; set; } = "";
    public string RacinesTexte { get; set; } = "";

    /// <summary>Jeton de concurrence : deux saisies simultanées ne s'écrasent pas.</summary>
    public Guid Jeton { get; set; } = Guid.NewGuid();

    public const int LongueurNomMaximum = 300;
    public const int LongueurTexteMaximum = 20000;
}
