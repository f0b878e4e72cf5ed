using Microsoft.EntityFrameworkCore;

namespace Pilotis.Data.Base;

/// <summary>
/// Le contexte des lectures qui peuvent partir vers une réplique PostgreSQL (statistiques publiques, tableaux de
/// bord, exports) : <c>ConnectionStrings:PilotisLecture</c>, la base principale à défaut
/// (docs/adr/0019-pages-rapides-et-lecture-repliquee.md). Un par requête (service à portée), créé à la première
/// lecture ; sans suivi des entités, et toute écriture y est refusée (<see cref="RefusEcriture"/>) : une réplique ne
/// l'accepterait pas, et la base principale ne doit pas recevoir d'écriture par ce chemin.
/// </summary>
public sealed class LecturePilotis(FabriqueLecture fabrique) : IDisposable, IAsyncDisposable
{
    private PilotisDbContext? db;

    /// <summary>Le contexte de lecture (créé à la première utilisation).</summary>
    public PilotisDbContext Db => db ??= fabrique.Creer();

    public void Dispose() => db?.Dispose();

    public ValueTask DisposeAsync() => db?.DisposeAsync() ?? ValueTask.CompletedTask;
}
