using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Demande.Cotation;

namespace Pilotis.Data.Demande;

/// <summary>Une demande active telle que la cotation la lit : son identifiant, son numéro, son score enregistré et ses
/// données.</summary>
public sealed record DemandeACoter(long Id, string NumeroUnique, decimal? Score, DonneesCotation Donnees);
