from sklearn.preprocessing._scalers import StandardScaler, MinMaxScaler
from sklearn.preprocessing._encoders import OneHotEncoder
from sklearn.preprocessing._label import LabelEncoder
