using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Production;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production;

/// <summary>Une pièce du dossier avec toutes ses versions déposées (la plus récente d'abord).</summary>
public sealed record PieceDossier(string Code, string Libelle, bool Exigee, IReadOnlyList<DocumentOperation> Versions);
