using System.Globalization;
using ClosedXML.Excel;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;

namespace Pilotis.Web.Infrastructure;

/// <summary>Une colonne d'export : son titre (en français) et la valeur tirée d'une ligne.</summary>
public sealed record ColonneExport<T>(string Titre, Func<T, object?> Valeur);
