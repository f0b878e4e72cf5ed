using ClosedXML.Excel;
using Microsoft.AspNetCore.Mvc;
using Pilotis.Domain.Sru;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Sru;

/// <summary>Un tableau exportable : une feuille du classeur, ou un fichier CSV.</summary>
public sealed record TableauExport(
    string Feuille,
    IReadOnlyList<string> Entetes,
    IReadOnlyList<IReadOnlyList<object?>> Lignes
);
