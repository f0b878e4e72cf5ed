using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pilotis.Data.Base;

/// <summary>
/// Refuse toute écriture par un contexte de lecture (<see cref="LecturePilotis"/>) : une page qui écrirait par ce
/// chemin échouerait sur une réplique ; l'erreur doit apparaître dès les tests, sur la base principale.
/// </summary>
public sealed class RefusEcriture : SaveChangesInterceptor
{
    public static readonly RefusEcriture Instance = new();

    private const string Message =
        "Le contexte de lecture (ConnectionStrings:PilotisLecture) n'écrit pas : utilisez PilotisDbContext.";

    public override InterceptionResult<int> SavingChanges(
        DbContextEventData eventData,
        InterceptionResult<int> result
    ) => throw new InvalidOperationException(Message);

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default
    ) => throw new InvalidOperationException(Message);
}
