namespace Pilotis.Data.Territoire;

public sealed class ImportReferentielException(string message, Exception? cause = null) : Exception(message, cause);
