namespace Pilotis.Data.Information;

/// <summary>Habitants rencontrés dans une commune : actions de concertation et total des habitants.</summary>
public sealed record HabitantsCommune(string CommuneCode, int Actions, int Habitants);
