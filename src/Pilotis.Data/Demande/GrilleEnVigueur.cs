using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Demande.Cotation;

namespace Pilotis.Data.Demande;

/// <summary>Ce que la cotation d'un EPCI a besoin de savoir : sa grille publiée et le contexte (date, seuil,
/// communes).</summary>
public sealed record GrilleEnVigueur(GrilleCotation Grille, ContexteCotation Contexte, SeuilQuartile Seuil);
