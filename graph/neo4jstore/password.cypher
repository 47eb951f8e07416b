// Changes the password of the connected user (runs in the system database).
ALTER CURRENT USER SET PASSWORD FROM $old TO $new
