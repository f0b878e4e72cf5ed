namespace Pilotis.Web.Infrastructure;

/// <summary>Une étape du fil d'Ariane (sans lien pour la page courante).</summary>
public sealed record Etape(string Libelle, string? Lien = null);
