using System.Globalization;
using System.Text.Json;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Features.Annuaire.Organisations;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Journal;

/// <summary>Une ligne du tableau avant/après d'une entrée du journal.</summary>
public sealed record Difference(string Champ, string Libelle, string Avant, string Apres, bool Modifie);
