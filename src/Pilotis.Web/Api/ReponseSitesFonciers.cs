namespace Pilotis.Web.Api;

/// <summary>Les sites d'un EPCI que l'appelant peut lire.</summary>
public sealed record ReponseSitesFonciers(string Epci, int Total, IReadOnlyList<SiteFoncierPublie> Items);
